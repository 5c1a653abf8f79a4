import { all, attendanceWorld, recordAttendance, type AttendanceWorld } from './attendance-fixtures';
import { at } from './fixtures';
import { startGraph, type Graph } from './graph';
import { activitiesFeed, sessionEvents, sessionsOf } from './sessions-fixtures';
import { eventually } from './wait';

const CANCEL = `mutation($id: ID!) { cancelSession(id: $id, reason: "Toch niet doorgegaan") { session { id } } }`;

// Recording attendance confirms that a session took place: the activities service learns of the first
// real mark from the participants feed, reads the session HELD from then on (even before it ends) and
// no longer lets it be cancelled or moved. NOT_REQUIRED marks, recorded ahead, confirm nothing.
describe('a roll call confirms a session as held', () => {
  let graph: Graph;
  let world: AttendanceWorld;
  let cursor: string | null;

  beforeAll(async () => {
    graph = await startGraph({ followIntervalMs: 50 });
    ({ cursor } = await activitiesFeed(graph));
    // Started half an hour ago (ends in half an hour), and one tomorrow.
    world = await attendanceWorld(graph, { sessionHours: [-0.5, 24], participants: 2 });
  });
  afterAll(() => graph?.stop());

  const statusOf = async (sessionId: string) =>
    (await sessionsOf(graph, world.coordinator, world.activityId)).find((s) => s.id === sessionId)!.status;

  it('a session under way without a roll call is still scheduled; marks not required ahead confirm nothing', async () => {
    const [now, tomorrow] = world.sessionIds;
    expect(await statusOf(now)).toBe('SCHEDULED');
    const ahead = await recordAttendance(graph, world.coordinator, tomorrow, all(world, 'NOT_REQUIRED'));
    expect(ahead.errors).toBeUndefined();
    // Give the feed time to arrive: the session stays scheduled and can still be moved.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await statusOf(tomorrow)).toBe('SCHEDULED');
    const moved = await graph.send(
      `mutation($id: ID!, $s: DateTime!, $e: DateTime!) { moveSession(id: $id, startsAt: $s, endsAt: $e) { session { id } } }`,
      { id: tomorrow, s: at(2, 6), e: at(2, 7) },
      world.coordinator,
    );
    expect(moved.errors).toBeUndefined();
  });

  it('reads HELD once the roll call is recorded, announces it once, and refuses to cancel or move it', async () => {
    const [now] = world.sessionIds;
    const recorded = await recordAttendance(graph, world.volunteer, now, all(world, 'PRESENT'));
    expect(recorded.errors).toBeUndefined();
    await eventually(
      () => statusOf(now),
      (status) => status === 'HELD',
    );
    const day = await graph.send(`{ mySessionsToday { id status } }`, {}, world.staff);
    // The session started half an hour ago: it is on today's list unless the test runs just after midnight.
    const listed = day.data.mySessionsToday.find((s: { id: string }) => s.id === now);
    if (listed) expect(listed.status).toBe('HELD');

    const cancel = await graph.send(CANCEL, { id: now }, world.coordinator);
    expect(cancel.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ATTENDANCE_RECORDED' });
    const bulk = await graph.run(
      'web/CancelSessions.graphql',
      { input: { prisonId: 'HAREN', from: at(-1, 0), to: at(1, 0), reason: 'Staking', reasonCode: 'STRIKE' } },
      world.coordinator,
    );
    expect(bulk.data.cancelSessions.cancelled.map((s: { id: string }) => s.id)).not.toContain(now);

    // A correction of the roll call changes nothing more here.
    expect((await recordAttendance(graph, world.volunteer, now, all(world, 'ABSENT_UNEXCUSED'))).errors).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 500));
    const { events } = await activitiesFeed(graph, cursor);
    expect(sessionEvents(events, 'SessionHeld', [now])).toHaveLength(1);
    expect(sessionEvents(events, 'SessionCancelled', [now])).toHaveLength(0);
    const row = await graph.activities.prisma.session.findUniqueOrThrow({ where: { id: now } });
    expect(row.status).toBe('HELD');
    expect(row.attendanceRecordedAt).not.toBeNull();
  });
});
