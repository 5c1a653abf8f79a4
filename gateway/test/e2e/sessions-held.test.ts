import { at, partnerIn, roomsOf } from './fixtures';
import { startGraph, type Graph } from './graph';
import { activitiesFeed, activityWithSessions, codeOf, sessionEvents, sessionsOf } from './sessions-fixtures';
import { sweepHeldSessions } from '@cort/activities';

const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();

// A session that ended and was not cancelled is HELD: every read says so at once, and a background sweep
// writes it, with one SessionHeld event per session, however many replicas sweep at the same time.
describe('sessions held', () => {
  let graph: Graph;
  let coordinator: string;
  let activity: { id: string; sessionIds: string[] };
  let cursor: string | null;

  beforeAll(async () => {
    // Background work slowed down (the sweep runs at start, then hourly): the tests run the sweep themselves.
    graph = await startGraph({ followIntervalMs: 3_600_000 });
    coordinator = await graph.token({ roles: ['COORDINATOR'], prisons: ['HAREN'] });
    const organisationId = await partnerIn(graph, coordinator, 'HAREN');
    const [room, other] = await roomsOf(graph, coordinator, 'HAREN');
    ({ cursor } = await activitiesFeed(graph));
    const now = Math.floor(Date.now() / 60_000) * 60_000;
    activity = await activityWithSessions(graph, coordinator, 'HAREN', organisationId, [
      [at(-3, 9), at(-3, 10), room.id],
      [iso(now - 3 * HOUR), iso(now - 2 * HOUR), other.id],
      [iso(now - 2 * HOUR), iso(now - HOUR), room.id],
      [at(2, 9), at(2, 10), room.id],
    ]);
  });
  afterAll(() => graph?.stop());

  it('reads an ended session as HELD before the sweep has written it, and a coming one as SCHEDULED', async () => {
    const rows = await graph.activities.prisma.session.findMany({ where: { activityId: activity.id }, orderBy: { startsAt: 'asc' } });
    expect(rows.map((r) => r.status)).toEqual(['SCHEDULED', 'SCHEDULED', 'SCHEDULED', 'SCHEDULED']);
    const read = await sessionsOf(graph, coordinator, activity.id);
    expect(Object.fromEntries(read.map((s) => [s.id, s.status]))).toEqual({
      [activity.sessionIds[0]]: 'HELD',
      [activity.sessionIds[1]]: 'HELD',
      [activity.sessionIds[2]]: 'HELD',
      [activity.sessionIds[3]]: 'SCHEDULED',
    });
  });

  it('writes HELD and one SessionHeld per ended session, exactly once when two replicas sweep at the same time', async () => {
    const prisma = graph.activities.prisma;
    const counts = await Promise.all([sweepHeldSessions(prisma), sweepHeldSessions(prisma)]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(3);
    expect(await sweepHeldSessions(prisma)).toBe(0);

    const rows = await prisma.session.findMany({ where: { activityId: activity.id }, orderBy: { startsAt: 'asc' } });
    expect(rows.map((r) => r.status)).toEqual(['HELD', 'HELD', 'HELD', 'SCHEDULED']);
    const { events } = await activitiesFeed(graph, cursor);
    const held = sessionEvents(events, 'SessionHeld', activity.sessionIds);
    expect(held.map((e) => (e.payload as { sessionId: string }).sessionId).sort()).toEqual(activity.sessionIds.slice(0, 3).sort());
    expect(held.every((e) => e.version === 1 && (e.payload as { status: string }).status === 'HELD')).toBe(true);
    expect((await sessionsOf(graph, coordinator, activity.id)).map((s) => s.status)).toEqual(['HELD', 'HELD', 'HELD', 'SCHEDULED']);
  });

  it('is never restored or moved; one that had no roll call can still be cancelled: it did not take place after all', async () => {
    const [old] = activity.sessionIds;
    const restore = await graph.send(`mutation($id: ID!) { restoreSession(id: $id) { session { id } } }`, { id: old }, coordinator);
    expect(restore.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'SESSION_NOT_CANCELLED' });
    const move = await graph.send(
      `mutation($id: ID!, $s: DateTime!, $e: DateTime!) { moveSession(id: $id, startsAt: $s, endsAt: $e) { session { id } } }`,
      { id: old, s: at(4, 9), e: at(4, 10) },
      coordinator,
    );
    expect(move.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'SESSION_HELD' });

    const cancelled = await graph.send(
      `mutation($id: ID!) { cancelSession(id: $id, reason: "Lockdown, pas de dag nadien ingevoerd.", reasonCode: LOCKDOWN) { session { status cancellationReasonCode } } }`,
      { id: old },
      coordinator,
    );
    expect(cancelled.data.cancelSession.session).toEqual({ status: 'CANCELLED', cancellationReasonCode: 'LOCKDOWN' });
    expect(
      codeOf(await graph.send(`mutation($id: ID!) { cancelSession(id: $id, reason: "x") { session { id } } }`, { id: old }, coordinator)),
    ).toBe('BAD_USER_INPUT');
    const { events } = await activitiesFeed(graph, cursor);
    expect(sessionEvents(events, 'SessionHeld', [old])).toHaveLength(1);
    expect(sessionEvents(events, 'SessionCancelled', [old]).map((e) => (e.payload as { reasonCode: string }).reasonCode)).toEqual([
      'LOCKDOWN',
    ]);
  });
});
