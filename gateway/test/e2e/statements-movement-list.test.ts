import { randomUUID } from 'node:crypto';
import { belgianDate } from '@cort/common';
import { prisonDay } from '../../../services/activities/src/domain/schedule';
import { startGraph, type Graph } from './graph';

// The movement list costs the same SQL statements in the participants service for a day of 3 sessions as
// for a day of 30: the sessions with who is expected, the participants, the audit.
describe('movement list statements per request stay flat', () => {
  let graph: Graph;

  beforeAll(async () => {
    // No background polling of the feeds: its statements would count too.
    graph = await startGraph({ followIntervalMs: 3_600_000 });
  });
  afterAll(() => graph?.stop());

  it('answers a day of 30 sessions with the same statements as of 3', async () => {
    const organisationId = randomUUID();
    const staff = await graph.token({ roles: ['PRISON_STAFF'], prisons: ['BRUGGE'] });
    const rooms = await graph.activities.prisma.location.findMany({ where: { prisonId: 'BRUGGE' } });
    const { from } = prisonDay(new Date());
    let added = 0;
    /** Sessions of today, each of its own activity with 3 enrolled participants, one suspended; written straight into both databases. */
    async function addSessions(count: number) {
      for (let n = 0; n < count; n++, added++) {
        const startsAt = new Date(from.getTime() + 6 * 3_600_000 + added * 60_000);
        const endsAt = new Date(startsAt.getTime() + 30 * 60_000);
        const activity = await graph.activities.prisma.activity.create({
          data: {
            prisonId: 'BRUGGE',
            organisationId,
            category: 'EDUCATIONAL',
            domain: 'EDUCATION',
            titleNl: `Les ${added}`,
            genders: ['MALE'],
            legalStatuses: ['CONVICTED'],
            instructionLanguages: ['nl'],
            capacity: 3,
            startsOn: from,
            endsOn: new Date(from.getTime() + 30 * 86_400_000),
            status: 'PUBLISHED',
          },
        });
        const session = await graph.activities.prisma.session.create({
          data: { activityId: activity.id, locationId: rooms[added % rooms.length].id, startsAt, endsAt },
        });
        const p = graph.participants.prisma;
        await p.activityView.create({
          data: {
            id: activity.id,
            prisonId: 'BRUGGE',
            organisationId,
            status: 'PUBLISHED',
            capacity: 3,
            screeningRequired: false,
            genders: ['MALE'],
            legalStatuses: ['CONVICTED'],
            endsOn: activity.endsOn,
          },
        });
        await p.sessionView.create({
          data: {
            id: session.id,
            activityId: activity.id,
            prisonId: 'BRUGGE',
            locationId: session.locationId,
            startsAt,
            endsAt,
            status: 'SCHEDULED',
          },
        });
        for (let i = 0; i < 3; i++) {
          const participant = await p.participant.create({
            data: {
              prisonId: 'BRUGGE',
              detaineeNumber: `ML-${added}-${i}`,
              firstName: 'Tom',
              lastName: `Claes ${i}`,
              section: `B${i}`,
              gender: 'MALE',
              legalStatus: 'CONVICTED',
              languages: ['nl'],
              registeredBy: 'test',
            },
          });
          const enrolment = await p.enrolment.create({
            data: { participantId: participant.id, activityId: activity.id, status: 'ENROLLED', idempotencyKey: randomUUID() },
          });
          if (i === 0)
            await p.enrolmentSuspension.create({
              data: {
                enrolmentId: enrolment.id,
                participantId: participant.id,
                activityId: activity.id,
                prisonId: 'BRUGGE',
                from,
                until: from,
                startsAt: from,
                endsAt: new Date(from.getTime() + 86_400_000),
                reason: 'HOSPITAL',
                suspendedBy: 'test',
              },
            });
        }
      }
    }
    async function statementsFor(sessions: number) {
      graph.statements.participants.reset();
      const answer = await graph.run(
        'web/MovementList.graphql',
        { prisonId: 'BRUGGE', date: belgianDate(new Date()), language: 'NL' },
        staff,
      );
      expect(answer.errors).toBeUndefined();
      expect(answer.data.movementList.sessions).toHaveLength(sessions);
      for (const session of answer.data.movementList.sessions)
        expect(session.participants.map((p: any) => p.section)).toEqual(['B1', 'B2']);
      return graph.statements.participants.count;
    }
    await addSessions(3);
    const three = await statementsFor(3);
    await addSessions(27);
    expect(await statementsFor(30)).toBe(three);
    expect(three).toBeLessThanOrEqual(6);
  });
});
