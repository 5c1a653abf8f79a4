import { attendanceWorld, recordAttendance, type AttendanceWorld } from './attendance-fixtures';
import { startGraph, type Graph } from './graph';

// The rule of three through recordAttendance: three ABSENT_UNEXCUSED or REFUSED in a row for one
// enrolment open one dropout follow-up, exactly once, however the marks arrive; and two facilitators
// recording one session at once. On PGlite, and on PostgreSQL when TEST_DATABASE_URL is set.
describe(`the rule of three and concurrent roll calls (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let graph: Graph;
  let world: AttendanceWorld;
  const HOURS = Array.from({ length: 25 }, (_, n) => -(n + 2) * 5); // 25 past sessions, every 5 hours, newest first

  beforeAll(async () => {
    graph = await startGraph({ followIntervalMs: 50 });
    world = await attendanceWorld(graph, { sessionHours: HOURS, participants: 4 });
  });
  afterAll(() => graph?.stop());

  const p = () => graph.participants.prisma;
  /** Session n in time order (0 the oldest). */
  const session = (n: number) => world.sessionIds[HOURS.length - 1 - n];
  const followUps = (participantId: string) => p().dropoutFollowUp.findMany({ where: { participantId } });
  const mark = async (n: number, participantId: string, code: string, bearer = world.staff) => {
    const answer = await recordAttendance(graph, bearer, session(n), [
      { participantId, code, ...(code === 'ABSENT_EXCUSED' ? { absenceReason: 'VISIT' } : {}) },
    ]);
    expect(answer.errors).toBeUndefined();
  };

  it('opens one follow-up on the third in a row; excused, not required and cancelled sessions neither count nor break it', async () => {
    const [a] = world.participantIds;
    await mark(0, a, 'ABSENT_UNEXCUSED');
    await mark(1, a, 'ABSENT_EXCUSED');
    await mark(2, a, 'REFUSED');
    await mark(3, a, 'NOT_REQUIRED');
    expect(await followUps(a)).toHaveLength(0);
    await mark(4, a, 'ABSENT_UNEXCUSED');
    const opened = await followUps(a);
    expect(opened).toEqual([expect.objectContaining({ trigger: 'ABSENCES', status: 'OPEN', absencesInRow: 3 })]);
    expect(await p().outboxEvent.count({ where: { type: 'FollowUpOpened', payload: { path: ['participantId'], equals: a } } })).toBe(1);
    // A fourth in a row is the same run: no second follow-up.
    await mark(5, a, 'REFUSED');
    expect(await followUps(a)).toHaveLength(1);
  });

  it('gives the same answer for marks arriving out of order (an offline batch, a correction), and none when a presence breaks the row', async () => {
    const [, b, c] = world.participantIds;
    await mark(8, b, 'REFUSED');
    await mark(6, b, 'ABSENT_UNEXCUSED');
    expect(await followUps(b)).toHaveLength(0);
    await mark(7, b, 'ABSENT_UNEXCUSED');
    expect(await followUps(b)).toEqual([expect.objectContaining({ absencesInRow: 3 })]);

    await mark(6, c, 'ABSENT_UNEXCUSED');
    await mark(7, c, 'PRESENT');
    await mark(8, c, 'REFUSED');
    await mark(9, c, 'REFUSED');
    expect(await followUps(c)).toHaveLength(0);
    // The presence corrected afterwards: now three in a row.
    await mark(7, c, 'ABSENT_UNEXCUSED', world.coordinator);
    expect(await followUps(c)).toEqual([expect.objectContaining({ absencesInRow: 4 })]);
  });

  it('opens exactly one follow-up under 20 concurrent submissions', async () => {
    const [, , , d] = world.participantIds;
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, n) =>
        recordAttendance(graph, n % 2 ? world.volunteer : world.staff, session(4 + n), [
          { participantId: d, code: n % 3 ? 'ABSENT_UNEXCUSED' : 'REFUSED' },
        ]),
      ),
    );
    for (const answer of answers) expect(answer.errors).toBeUndefined();
    expect(await p().attendanceMark.count({ where: { participantId: d } })).toBe(20);
    expect(await followUps(d)).toEqual([expect.objectContaining({ trigger: 'ABSENCES', status: 'OPEN' })]);
  });

  it('keeps one mark per participant and both changes in the history when two facilitators record one session at the same moment', async () => {
    const target = session(24);
    const everyone = (code: string) => world.participantIds.map((participantId) => ({ participantId, code }));
    const [first, second] = await Promise.all([
      recordAttendance(graph, world.staff, target, everyone('PRESENT')),
      recordAttendance(graph, world.volunteer, target, everyone('REFUSED')),
    ]);
    expect(first.errors).toBeUndefined();
    expect(second.errors).toBeUndefined();
    const marks = await p().attendanceMark.findMany({ where: { sessionId: target } });
    expect(marks).toHaveLength(world.participantIds.length);
    expect(new Set(marks.map((m) => m.code)).size).toBe(1);
    for (const participantId of world.participantIds) {
      const history = await p().attendanceMarkChange.findMany({ where: { sessionId: target, participantId }, orderBy: { at: 'asc' } });
      expect(history).toHaveLength(2);
      expect(history[1].previousCode).toBe(history[0].code);
      expect(history[1].code).toBe(marks[0].code);
    }
  });

  it('refuses a second mark of one participant at one session in the database itself', async () => {
    const [existing] = await p().attendanceMark.findMany({ take: 1 });
    await expect(p().attendanceMark.create({ data: { ...existing, id: undefined as never } })).rejects.toThrow();
  });
});
