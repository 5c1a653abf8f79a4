import { at, partnerIn, roomsOf } from './fixtures';
import { startGraph, type Graph } from './graph';
import { activitiesFeed, activityWithSessions, codeOf, sessionEvents, sessionsOf } from './sessions-fixtures';

const CANCEL_ONE = `mutation($id: ID!, $reason: String!, $code: CancellationReason) {
  cancelSession(id: $id, reason: $reason, reasonCode: $code) { session { id status cancellationReason cancellationReasonCode } }
}`;

// web/CancelSessions: a lockdown, a strike, a room out of use cancels every scheduled session of one prison
// in a window (optionally one room), with the reason; held sessions are never touched.
describe('cancelling sessions: one, or every session of a prison in a window', () => {
  let graph: Graph;
  let coordinator: string;
  let haren: { id: string; sessionIds: string[] };
  let gent: { id: string; sessionIds: string[] };
  let harenRooms: { id: string }[];
  let gentRooms: { id: string }[];
  let coordinatorGent: string;
  let organisationId: string;
  let cursor: string | null;

  beforeAll(async () => {
    graph = await startGraph();
    coordinator = await graph.token({ roles: ['COORDINATOR'], prisons: ['HAREN'] });
    coordinatorGent = await graph.token({ roles: ['COORDINATOR'], prisons: ['GENT'] });
    organisationId = await partnerIn(graph, coordinator, 'HAREN');
    const gentPartner = await partnerIn(graph, coordinatorGent, 'GENT', 'Vormingplus Gent');
    harenRooms = await roomsOf(graph, coordinator, 'HAREN');
    gentRooms = await roomsOf(graph, coordinatorGent, 'GENT');
    ({ cursor } = await activitiesFeed(graph));
    // A session held two days ago, two in the window of day 3 (two rooms), one on day 5.
    haren = await activityWithSessions(graph, coordinator, 'HAREN', organisationId, [
      [at(-2, 9), at(-2, 10), harenRooms[0].id],
      [at(3, 9), at(3, 10), harenRooms[0].id],
      [at(3, 13), at(3, 14), harenRooms[1].id],
      [at(5, 9), at(5, 10), harenRooms[0].id],
    ]);
    gent = await activityWithSessions(graph, coordinatorGent, 'GENT', gentPartner, [[at(3, 9), at(3, 10), gentRooms[0].id]]);
  });
  afterAll(() => graph?.stop());

  const input = (overrides: Record<string, unknown> = {}) => ({
    prisonId: 'HAREN',
    from: at(-3, 0),
    to: at(4, 0),
    reason: 'Lockdown na een incident.',
    reasonCode: 'LOCKDOWN',
    ...overrides,
  });

  it('refuses a window that does not end after it starts, an empty reason and a room of another prison, cancelling nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ to: at(-3, 0) }, 'to'],
      [{ from: at(4, 0), to: at(3, 0) }, 'to'],
      [{ reason: '   ' }, 'reason'],
      [{ locationId: gentRooms[0].id }, 'locationId'],
    ];
    for (const [overrides, field] of cases) {
      const answer = await graph.run('web/CancelSessions.graphql', { input: input(overrides) }, coordinator);
      expect(codeOf(answer)).toBe('BAD_USER_INPUT');
      expect(answer.errors![0].extensions!.field).toBe(field);
    }
    expect((await sessionsOf(graph, coordinator, haren.id)).map((s) => s.status)).toEqual(['HELD', 'SCHEDULED', 'SCHEDULED', 'SCHEDULED']);
  });

  it('is for the coordinators of the prison only', async () => {
    const staff = await graph.token({ roles: ['PARTNER_STAFF'], prisons: ['HAREN'], organisationId });
    const analyst = await graph.token({ roles: ['ANALYST'], prisons: ['HAREN'] });
    const other = await graph.run('web/CancelSessions.graphql', { input: input() }, coordinatorGent);
    expect(codeOf(other)).toBe('FORBIDDEN');
    expect(other.errors![0].message).toBe('You are not assigned to prison HAREN.');
    for (const caller of [staff, analyst])
      expect(codeOf(await graph.run('web/CancelSessions.graphql', { input: input() }, caller))).toBe('FORBIDDEN');
    expect((await sessionsOf(graph, coordinator, haren.id)).filter((s) => s.status === 'CANCELLED')).toEqual([]);
  });

  it('cancels the scheduled sessions of one room in the window, then of every room; never a held one nor another prison’s', async () => {
    const oneRoom = await graph.run('web/CancelSessions.graphql', { input: input({ locationId: harenRooms[1].id }) }, coordinator);
    expect(oneRoom.errors).toBeUndefined();
    expect(oneRoom.data.cancelSessions.cancelled).toEqual([
      { id: haren.sessionIds[2], startsAt: at(3, 13), status: 'CANCELLED', cancellationReason: 'Lockdown na een incident.' },
    ]);

    const everyRoom = await graph.run('web/CancelSessions.graphql', { input: input() }, coordinator);
    expect(everyRoom.errors).toBeUndefined();
    // The held session of day -2 and the one already cancelled are not taken again; day 5 is outside.
    expect(everyRoom.data.cancelSessions.cancelled.map((s: { id: string }) => s.id)).toEqual([haren.sessionIds[1]]);

    const sessions = await sessionsOf(graph, coordinator, haren.id);
    expect(sessions.map((s) => [s.status, s.cancellationReasonCode])).toEqual([
      ['HELD', null],
      ['CANCELLED', 'LOCKDOWN'],
      ['CANCELLED', 'LOCKDOWN'],
      ['SCHEDULED', null],
    ]);
    expect((await sessionsOf(graph, coordinatorGent, gent.id)).map((s) => s.status)).toEqual(['SCHEDULED']);

    const again = await graph.run('web/CancelSessions.graphql', { input: input() }, coordinator);
    expect(again.data.cancelSessions.cancelled).toEqual([]);
  });

  it('puts one SessionCancelled (version 2, with the reason code, never the reason in words) per session on the feed', async () => {
    const { events } = await activitiesFeed(graph, cursor);
    const cancelled = sessionEvents(events, 'SessionCancelled', [...haren.sessionIds, ...gent.sessionIds]);
    expect(cancelled.map((e) => [(e.payload as { sessionId: string }).sessionId, e.version])).toEqual([
      [haren.sessionIds[2], 2],
      [haren.sessionIds[1], 2],
    ]);
    expect(cancelled[0].payload).toEqual({
      sessionId: haren.sessionIds[2],
      activityId: haren.id,
      locationId: harenRooms[1].id,
      startsAt: at(3, 13),
      endsAt: at(3, 14),
      status: 'CANCELLED',
      reasonCode: 'LOCKDOWN',
    });
    expect(JSON.stringify(cancelled)).not.toContain('Lockdown na');
  });

  it('cancelSession takes an optional reason code: OTHER when absent', async () => {
    const plain = await graph.send(CANCEL_ONE, { id: haren.sessionIds[3], reason: 'Zaal bezet' }, coordinator);
    expect(plain.data.cancelSession.session).toEqual({
      id: haren.sessionIds[3],
      status: 'CANCELLED',
      cancellationReason: 'Zaal bezet',
      cancellationReasonCode: 'OTHER',
    });
    const coded = await graph.send(
      CANCEL_ONE,
      { id: gent.sessionIds[0], reason: 'Lesgever ziek', code: 'FACILITATOR_ABSENT' },
      coordinatorGent,
    );
    expect(coded.data.cancelSession.session).toMatchObject({ status: 'CANCELLED', cancellationReasonCode: 'FACILITATOR_ABSENT' });
    const twice = await graph.send(CANCEL_ONE, { id: gent.sessionIds[0], reason: 'Nogmaals' }, coordinatorGent);
    expect(twice.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'SESSION_CANCELLED' });
    const { events } = await activitiesFeed(graph, cursor);
    expect(
      sessionEvents(events, 'SessionCancelled', [haren.sessionIds[3], gent.sessionIds[0]]).map((e) => (e.payload as any).reasonCode),
    ).toEqual(['OTHER', 'FACILITATOR_ABSENT']);
  });
});
