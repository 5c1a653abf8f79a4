import { randomUUID } from 'node:crypto';
import { contract, startGraph, type Graph } from './graph';

// web/RequestEnrolment costs the same statements in the participants database however many people are
// enrolled and waiting already, and few of them: a burst of requests on one activity queues on the
// activity's lock, and every statement made under it is paid once per request in the queue (#17's burst).
describe('an enrolment request costs few statements, flat as the activity fills', () => {
  let graph: Graph;
  let coordinator: string;
  const activityId = randomUUID();
  const DAY = 24 * 3_600_000;
  const CAPACITY = 12;

  beforeAll(async () => {
    // No background feed polling here: it would add its own statements to the counts.
    graph = await startGraph({ followIntervalMs: 3_600_000 });
    coordinator = await graph.token({ roles: ['COORDINATOR'], prisons: ['HAREN'] });
    await graph.participants.prisma.activityView.create({
      data: {
        id: activityId,
        prisonId: 'HAREN',
        organisationId: randomUUID(),
        status: 'PUBLISHED',
        capacity: CAPACITY,
        screeningRequired: false,
        genders: ['MALE'],
        legalStatuses: ['CONVICTED'],
        instructionLanguages: ['nl'],
        endsOn: new Date(Date.now() + 90 * DAY),
      },
    });
  });
  afterAll(() => graph?.stop());

  const person = () =>
    graph.participants.prisma.participant.create({
      data: {
        prisonId: 'HAREN',
        detaineeNumber: `SR-${randomUUID()}`,
        firstName: 'Jef',
        lastName: 'Peeters',
        gender: 'MALE',
        legalStatus: 'CONVICTED',
        languages: ['nl'],
        registeredBy: 'test',
      },
    });

  /** Requests an enrolment for a new participant; the statements it cost and where it landed. */
  async function request() {
    const participantId = (await person()).id;
    graph.statements.participants.reset();
    const input = { activityId, participantId, idempotencyKey: randomUUID() };
    const answer = await graph.send(contract('web/RequestEnrolment.graphql'), { input }, coordinator);
    expect(answer.errors).toBeUndefined();
    return { statements: graph.statements.participants.count, enrolment: answer.data.requestEnrolment.enrolment };
  }

  it('costs the same for the first request, with the places taken and with 30 waiting', async () => {
    const first = await request();
    expect(first.enrolment).toMatchObject({ status: 'ENROLLED', waitlistPosition: null });
    for (let n = 1; n < CAPACITY + 29; n++) await request();
    const later = await request();
    expect(later.enrolment).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 30 });
    expect(later.statements).toBe(first.statements);
    // Before the transaction: the participant, the activity. In it: BEGIN, the participant's lock and row,
    // the activity's lock, the key and an open enrolment, the warnings, the places, the enrolment, its history
    // line, its event, COMMIT. After: the audit trail. (A lone request is a group of one; requests queued on
    // one activity share every statement of the transaction, and those arriving or answered together the
    // reads before it and the audit trail's insert: enrolment-request.service.test.ts, groups e2e.)
    expect(first.statements).toBeLessThanOrEqual(14);
  });
});
