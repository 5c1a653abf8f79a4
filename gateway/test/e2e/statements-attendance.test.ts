import { randomUUID } from 'node:crypto';
import { prisonDay } from '../../../services/activities/src/domain/schedule';
import { all, attendanceWorld, recordAttendance } from './attendance-fixtures';
import { startGraph, type Graph } from './graph';

// Attendance costs the same SQL statements in the participants service whatever its size: a roll call
// of 25 marks as one of 3, and the day's roll calls of 30 sessions as of 3.
describe('attendance statements per request stay flat', () => {
  let graph: Graph;

  beforeAll(async () => {
    // No background polling of the feeds: its statements would count too. The participants service catches up on the activities feed when it needs to.
    graph = await startGraph({ followIntervalMs: 3_600_000 });
  });
  afterAll(() => graph?.stop());

  it('records 25 marks with the same statements as 3 (the rule of three included)', async () => {
    const small = await attendanceWorld(graph, { sessionHours: [-30], participants: 3 });
    const large = await attendanceWorld(graph, { sessionHours: [-50], participants: 25, roomIndex: 1 });
    const count = async (world: typeof small) => {
      graph.statements.participants.reset();
      const answer = await recordAttendance(graph, world.staff, world.sessionIds[0], all(world, 'ABSENT_UNEXCUSED'));
      expect(answer.errors).toBeUndefined();
      expect(answer.data.recordAttendance.marks).toHaveLength(world.participantIds.length);
      return graph.statements.participants.count;
    };
    const three = await count(small);
    expect(await count(large)).toBe(three);
    expect(three).toBeLessThanOrEqual(25);
  });

  it('answers the day’s roll calls of 30 sessions with the same statements as of 3', async () => {
    const organisationId = randomUUID();
    const staff = await graph.token({ roles: ['PARTNER_STAFF'], prisons: ['BRUGGE'], organisationId });
    const rooms = await graph.activities.prisma.location.findMany({ where: { prisonId: 'BRUGGE' } });
    const { from } = prisonDay(new Date());
    let added = 0;
    /** Sessions of today, each of its own activity with 3 enrolled participants, one of them marked; written straight into both databases. */
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
              detaineeNumber: `RC-${added}-${i}`,
              firstName: 'Tom',
              lastName: `Claes ${i}`,
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
            await p.attendanceMark.create({
              data: {
                sessionId: session.id,
                participantId: participant.id,
                enrolmentId: enrolment.id,
                activityId: activity.id,
                code: 'PRESENT',
                recordedBy: 'test',
                recordedAt: startsAt,
              },
            });
        }
      }
    }
    async function statementsFor(sessions: number) {
      graph.statements.participants.reset();
      const answer = await graph.run('mobile/SessionRollCall.graphql', { language: 'NL' }, staff);
      expect(answer.errors).toBeUndefined();
      expect(answer.data.mySessionsToday).toHaveLength(sessions);
      for (const session of answer.data.mySessionsToday) {
        expect(session.rollCall).toHaveLength(3);
        expect(session.rollCall.filter((e: any) => e.mark?.code === 'PRESENT')).toHaveLength(1);
      }
      return graph.statements.participants.count;
    }
    await addSessions(3);
    const three = await statementsFor(3);
    await addSessions(27);
    expect(await statementsFor(30)).toBe(three);
    expect(three).toBeLessThanOrEqual(10);
  });
});
