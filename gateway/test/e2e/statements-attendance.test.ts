import { randomUUID } from 'node:crypto';
import { all, attendanceWorld, recordAttendance } from './attendance-fixtures';
import { todaysSessions } from './day-sessions-fixtures';
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
    // One of each session's three is marked present already.
    const addSessions = todaysSessions(graph, organisationId, async (enrolled) => {
      if (enrolled.index !== 0) return;
      await graph.participants.prisma.attendanceMark.create({
        data: {
          sessionId: enrolled.sessionId,
          participantId: enrolled.participantId,
          enrolmentId: enrolled.enrolmentId,
          activityId: enrolled.activityId,
          code: 'PRESENT',
          recordedBy: 'test',
          recordedAt: enrolled.startsAt,
        },
      });
    });
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
