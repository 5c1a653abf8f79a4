import { randomUUID } from 'node:crypto';
import { contract, startGraph, type Graph } from './graph';

// web/EnrolmentCheck costs the same statements in the participants database whatever the number of sessions,
// enrolments and non-associations it is judged on: the warnings are one statement.
describe('enrolment check statements stay flat as sessions and enrolments grow', () => {
  let graph: Graph;
  let coordinator: string;
  let participantId: string;
  const activityId = randomUUID();
  const HOUR = 3_600_000;
  const start = Date.now() + 48 * HOUR;

  beforeAll(async () => {
    // No background feed polling here: it would add its own statements to the counts.
    graph = await startGraph({ followIntervalMs: 3_600_000 });
    coordinator = await graph.token({ roles: ['COORDINATOR'], prisons: ['HAREN'] });
    participantId = (await person()).id;
    await view(activityId);
  });
  afterAll(() => graph?.stop());

  const person = () =>
    graph.participants.prisma.participant.create({
      data: {
        prisonId: 'HAREN',
        detaineeNumber: `SC-${randomUUID()}`,
        firstName: 'Wim',
        lastName: 'Goossens',
        gender: 'MALE',
        legalStatus: 'CONVICTED',
        languages: ['nl'],
        registeredBy: 'test',
      },
    });
  const view = (id: string) =>
    graph.participants.prisma.activityView.create({
      data: {
        id,
        prisonId: 'HAREN',
        organisationId: randomUUID(),
        status: 'PUBLISHED',
        capacity: 100,
        screeningRequired: false,
        genders: ['MALE'],
        legalStatuses: ['CONVICTED'],
        instructionLanguages: ['nl'],
        endsOn: new Date(start + 90 * 24 * HOUR),
      },
    });

  /** Sessions of the activity checked, other activities the participant is enrolled in with their sessions, and people kept apart from them enrolled in it. */
  async function grow(count: number) {
    const p = graph.participants.prisma;
    for (let n = 0; n < count; n++) {
      const other = randomUUID();
      await view(other);
      const at = start + n * 24 * HOUR;
      await p.sessionView.createMany({
        data: [
          {
            id: randomUUID(),
            activityId,
            prisonId: 'HAREN',
            locationId: 'room',
            startsAt: new Date(at),
            endsAt: new Date(at + HOUR),
            status: 'SCHEDULED',
          },
          {
            id: randomUUID(),
            activityId: other,
            prisonId: 'HAREN',
            locationId: 'room',
            startsAt: new Date(at + 2 * HOUR),
            endsAt: new Date(at + 3 * HOUR),
            status: 'SCHEDULED',
          },
        ],
      });
      await p.enrolment.create({ data: { participantId, activityId: other, status: 'ENROLLED', idempotencyKey: randomUUID() } });
      const apart = await person();
      await p.enrolment.create({ data: { participantId: apart.id, activityId: other, status: 'ENROLLED', idempotencyKey: randomUUID() } });
      const [participantAId, participantBId] = [participantId, apart.id].sort();
      await p.nonAssociation.create({ data: { prisonId: 'HAREN', participantAId, participantBId, reason: 'THREAT', openedBy: 'test' } });
    }
  }

  async function statements() {
    graph.statements.participants.reset();
    const answer = await graph.send(contract('web/EnrolmentCheck.graphql'), { activityId, participantId }, coordinator);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.enrolmentCheck).toEqual({ eligible: true, reasons: [], warnings: [] });
    return graph.statements.participants.count;
  }

  it('costs the same with 3 and with 30 sessions, enrolments and non-associations', async () => {
    await grow(3);
    const three = await statements();
    await grow(27);
    expect(await statements()).toBe(three);
    // The participant, the activity, an open enrolment, the warnings, the audit trail.
    expect(three).toBeLessThanOrEqual(8);
  });
});
