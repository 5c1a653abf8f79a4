import { at, facilitatorOf, isoDate, partnerIn, roomsOf } from './fixtures';
import { startGraph, type Graph } from './graph';
import { activitiesFeed, activityWithSessions, codeOf, sessionEvents, sessionsOf } from './sessions-fixtures';

const RESTORE = `mutation($id: ID!) { restoreSession(id: $id) { session { id status cancellationReason cancellationReasonCode } } }`;
const MOVE = `mutation($id: ID!, $s: DateTime!, $e: DateTime!, $room: ID) {
  moveSession(id: $id, startsAt: $s, endsAt: $e, locationId: $room) { session { id startsAt endsAt status location { id } } }
}`;
const CANCEL = `mutation($id: ID!) { cancelSession(id: $id, reason: "Zaal onder water") { session { id } } }`;

// A cancelled session comes back while it has not started and its room is free; a scheduled one moves
// with the checks of planning: inside the period, its room never double-booked, its facilitators cleared.
describe('restoring and moving sessions', () => {
  let graph: Graph;
  let coordinator: string;
  let rooms: { id: string }[];
  let activity: { id: string; sessionIds: string[] };
  let cursor: string | null;
  let organisationId: string;

  beforeAll(async () => {
    graph = await startGraph();
    coordinator = await graph.token({ roles: ['COORDINATOR'], prisons: ['HAREN'] });
    organisationId = await partnerIn(graph, coordinator, 'HAREN');
    // Cleared for HAREN until day 20 only.
    const personId = await facilitatorOf(graph, coordinator, organisationId, {
      prisonId: 'HAREN',
      validFrom: isoDate(-30),
      validUntil: isoDate(20),
    });
    rooms = await roomsOf(graph, coordinator, 'HAREN');
    ({ cursor } = await activitiesFeed(graph));
    activity = await activityWithSessions(
      graph,
      coordinator,
      'HAREN',
      organisationId,
      [
        [at(-1, 9), at(-1, 10), rooms[0].id],
        [at(3, 9), at(3, 10), rooms[0].id],
        [at(4, 9), at(4, 10), rooms[0].id],
      ],
      { facilitatorIds: [personId], endsOn: isoDate(40) },
    );
  });
  afterAll(() => graph?.stop());

  it('restores a cancelled session still to come, in its own room and time, and announces it', async () => {
    const id = activity.sessionIds[1];
    expect((await graph.send(CANCEL, { id }, coordinator)).errors).toBeUndefined();
    const restored = await graph.send(RESTORE, { id }, coordinator);
    expect(restored.data.restoreSession.session).toEqual({
      id,
      status: 'SCHEDULED',
      cancellationReason: null,
      cancellationReasonCode: null,
    });
    const { events } = await activitiesFeed(graph, cursor);
    expect(sessionEvents(events, 'SessionRestored', [id]).map((e) => e.payload)).toEqual([
      { sessionId: id, activityId: activity.id, locationId: rooms[0].id, startsAt: at(3, 9), endsAt: at(3, 10), status: 'SCHEDULED' },
    ]);
    const again = await graph.send(RESTORE, { id }, coordinator);
    expect(again.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'SESSION_NOT_CANCELLED' });
  });

  it('does not restore a session whose room was booked meanwhile, nor one that should have started', async () => {
    const id = activity.sessionIds[1];
    await graph.send(CANCEL, { id }, coordinator);
    const other = await activityWithSessions(graph, coordinator, 'HAREN', organisationId, [[at(3, 9), at(3, 11), rooms[0].id]]);
    const taken = await graph.send(RESTORE, { id }, coordinator);
    expect(taken.errors![0].extensions).toMatchObject({ code: 'CONFLICT', locationId: rooms[0].id, sessionId: other.sessionIds[0] });
    expect((await sessionsOf(graph, coordinator, activity.id))[1].status).toBe('CANCELLED');

    const past = activity.sessionIds[0];
    expect((await graph.send(CANCEL, { id: past }, coordinator)).errors).toBeUndefined();
    const late = await graph.send(RESTORE, { id: past }, coordinator);
    expect(late.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'SESSION_STARTED' });
  });

  it('moves a scheduled session to another time and room, and announces the new slot with the old one', async () => {
    const id = activity.sessionIds[2];
    const moved = await graph.send(MOVE, { id, s: at(6, 13), e: at(6, 14), room: rooms[1].id }, coordinator);
    expect(moved.errors).toBeUndefined();
    expect(moved.data.moveSession.session).toEqual({
      id,
      startsAt: at(6, 13),
      endsAt: at(6, 14),
      status: 'SCHEDULED',
      location: { id: rooms[1].id },
    });
    const sameRoom = await graph.send(MOVE, { id, s: at(7, 13), e: at(7, 14) }, coordinator);
    expect(sameRoom.data.moveSession.session.location).toEqual({ id: rooms[1].id });
    const { events } = await activitiesFeed(graph, cursor);
    expect(sessionEvents(events, 'SessionMoved', [id]).map((e) => e.payload)).toEqual([
      {
        sessionId: id,
        activityId: activity.id,
        locationId: rooms[1].id,
        startsAt: at(6, 13),
        endsAt: at(6, 14),
        status: 'SCHEDULED',
        previousStartsAt: at(4, 9),
        previousEndsAt: at(4, 10),
        previousLocationId: rooms[0].id,
      },
      expect.objectContaining({ startsAt: at(7, 13), previousStartsAt: at(6, 13), locationId: rooms[1].id }),
    ]);
  });

  it('refuses a move with what planning refuses, changing nothing', async () => {
    const id = activity.sessionIds[2];
    const gentRoom = (await roomsOf(graph, await graph.token({ roles: ['COORDINATOR'], prisons: ['GENT'] }), 'GENT'))[0];
    const refusals: [Record<string, unknown>, Record<string, unknown>][] = [
      // Onto the other activity's booking of room 0 on day 3.
      [
        { s: at(3, 10), e: at(3, 12), room: rooms[0].id },
        { code: 'CONFLICT', locationId: rooms[0].id },
      ],
      [
        { s: at(8, 10), e: at(8, 9) },
        { code: 'BAD_USER_INPUT', field: 'endsAt' },
      ],
      [
        { s: at(45, 9), e: at(45, 10) },
        { code: 'BAD_USER_INPUT', field: 'startsAt' },
      ],
      [
        { s: at(-2, 9), e: at(-2, 10) },
        { code: 'BAD_USER_INPUT', field: 'startsAt' },
      ],
      [
        { s: at(8, 9), e: at(8, 10), room: gentRoom.id },
        { code: 'BAD_USER_INPUT', field: 'locationId' },
      ],
      // The facilitator is cleared until day 20.
      [
        { s: at(30, 9), e: at(30, 10) },
        { code: 'BAD_USER_INPUT', field: 'facilitatorIds', reason: 'CLEARANCE_MISSING' },
      ],
    ];
    for (const [args, extensions] of refusals) {
      const answer = await graph.send(MOVE, { id, ...args }, coordinator);
      expect(answer.errors?.[0].extensions).toMatchObject(extensions);
    }
    const cancelled = await graph.send(MOVE, { id: activity.sessionIds[1], s: at(9, 9), e: at(9, 10) }, coordinator);
    expect(cancelled.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'SESSION_CANCELLED' });
    const session = (await sessionsOf(graph, coordinator, activity.id))[2];
    expect([session.startsAt, session.location.id]).toEqual([at(7, 13), rooms[1].id]);
  });

  it('is for the coordinators of its prison: others are FORBIDDEN, an unknown session NOT_FOUND', async () => {
    const id = activity.sessionIds[2];
    const gent = await graph.token({ roles: ['COORDINATOR'], prisons: ['GENT'] });
    const staff = await graph.token({ roles: ['PARTNER_STAFF'], prisons: ['HAREN'], organisationId });
    const move = (bearer: string, sessionId = id) => graph.send(MOVE, { id: sessionId, s: at(10, 9), e: at(10, 10) }, bearer);
    const other = await move(gent);
    expect(codeOf(other)).toBe('FORBIDDEN');
    expect(other.errors![0].message).toBe('Only a coordinator of this prison can restore or move sessions.');
    expect(codeOf(await graph.send(RESTORE, { id: activity.sessionIds[1] }, gent))).toBe('FORBIDDEN');
    expect(codeOf(await move(staff))).toBe('FORBIDDEN');
    expect(codeOf(await move(coordinator, '00000000-0000-4000-8000-000000000000'))).toBe('NOT_FOUND');
    expect((await sessionsOf(graph, coordinator, activity.id))[2].startsAt).toBe(at(7, 13));
  });
});
