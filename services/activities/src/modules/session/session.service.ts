import { badUserInput, conflict, findVisible } from '@cort/subgraph';
import type { Context } from '../../context';
import type { Activity, Prisma, Session } from '../../generated/prisma/client';
import { findDoubleBookings, prisonDay, sessionProblem, type Period, type PlannedSession } from '../../domain/schedule';
import { ownSessionsFilter, sessionScope } from '../../policy';
import { recordSessionEvents } from './session.events';
import { bookingsOfRooms, insertSessions, lockRooms, sessionsOfPartner } from './session.repository';

/** Sessions must end after they start, fall inside the period, and be in rooms of the activity's prison. */
export async function checkSessions(ctx: Context, prisonId: string, period: Period, sessions: PlannedSession[], field = 'sessions') {
  sessions.forEach((session, index) => {
    const problem = sessionProblem(session, period);
    if (problem) throw badUserInput(problem, `${field}[${index}]`);
  });
  const locations = await ctx.loaders.location.loadMany([...new Set(sessions.map((s) => s.locationId))]);
  const known = new Set(locations.flatMap((l) => (l && !(l instanceof Error) && l.prisonId === prisonId ? [l.id] : [])));
  const unknown = sessions.findIndex((s) => !known.has(s.locationId));
  if (unknown >= 0)
    throw badUserInput(`Location ${sessions[unknown].locationId} is not a room of prison ${prisonId}.`, `${field}[${unknown}].locationId`);
}

/**
 * Locks the rooms of the given slots until the transaction ends and refuses a double booking: with the
 * lock held, the overlap check and the write that follows are one step, so two coordinators can never
 * book the same room at once. `except` is a session being moved (it does not clash with its old slot).
 */
export async function holdRooms(tx: Prisma.TransactionClient, planned: PlannedSession[], except?: string, field = 'sessions') {
  const locationIds = [...new Set(planned.map((session) => session.locationId))];
  await lockRooms(tx, locationIds);
  const from = new Date(Math.min(...planned.map((s) => s.startsAt.getTime())));
  const to = new Date(Math.max(...planned.map((s) => s.endsAt.getTime())));
  const clash = findDoubleBookings(planned, await bookingsOfRooms(tx, locationIds, from, to, except))[0];
  if (clash) {
    const other = clash.clashesWith;
    throw conflict(
      `The room is already booked from ${other.startsAt.toISOString()} to ${other.endsAt.toISOString()}; choose another room or time.`,
      { field, locationId: clash.planned.locationId, ...('id' in other ? { sessionId: other.id } : {}) },
    );
  }
}

/** Books rooms for new sessions of an activity and announces them, in the caller's transaction. */
export async function scheduleSessions(tx: Prisma.TransactionClient, activityId: string, planned: PlannedSession[]) {
  if (!planned.length) return [];
  await holdRooms(tx, planned);
  const sessions = await insertSessions(tx, activityId, planned);
  await recordSessionEvents(tx, 'SessionScheduled', sessions);
  return sessions;
}

/** A session with its activity, which decides who sees it (policy.ts sessionScope). */
export type SessionOfActivity = { session: Session; activity: Activity };

export const withActivity =
  (ctx: Context) =>
  async (id: string): Promise<SessionOfActivity | null> => {
    const session = await ctx.loaders.session.load(id);
    const activity = session && (await ctx.loaders.activity.load(session.activityId));
    return session && activity ? { session, activity } : null;
  };

/** A reference from another subgraph: the session when the caller may see its activity, null otherwise. */
export const visibleSession = async (ctx: Context, id: string): Promise<Session | null> =>
  (await findVisible<SessionOfActivity>(ctx.caller, sessionScope, id, withActivity(ctx)))?.session ?? null;

/** The mobile day view: today's sessions (prison time) of the caller's own published activities. */
export async function sessionsToday(ctx: Context): Promise<Session[]> {
  // Query.mySessionsToday admits only callers with such a filter; without one there is nothing of theirs.
  const filter = ownSessionsFilter(ctx.caller);
  if (!filter) return [];
  const { from, to } = prisonDay(new Date());
  return sessionsOfPartner(ctx.prisma, filter, from, to);
}
