import { badUserInput, conflict, loadForChange } from '@cort/subgraph';
import type { Context } from '../../context';
import { periodOf } from '../activity/activity-warnings.service';
import type { CancellationReason, Session } from '../../generated/prisma/client';
import { isEditable } from '../../domain/activity-status';
import { sessionDates, sessionProblem, type PlannedSession } from '../../domain/schedule';
import { cancellationProblem, moveProblem, restoreProblem, type SessionRefusal } from '../../domain/session-status';
import { sessionRescheduleScope, sessionScope } from '../../policy';
import { recordCancellations, recordMove, recordSessionEvents } from './session.events';
import type { CancelSessionsInput } from './session.inputs';
import { cancelOneSession, cancelSessionsInWindow, moveScheduledSession, restoreCancelledSession } from './session.repository';
import { holdRooms, withActivity, type SessionOfActivity } from './session.service';

const refuse = (problem: SessionRefusal | null, field = 'id') => {
  if (problem) throw badUserInput(problem.message, field, { reason: problem.reason });
};

const changedMeanwhile = () => conflict('The session was changed by someone else meanwhile; reload it.');

function givenReason(reason: string) {
  const clean = reason.trim();
  if (!clean) throw badUserInput('Give the reason for the cancellation.', 'reason');
  return clean;
}

/** A coordinator of the prison cancels one session without a roll call, with the reason (code OTHER unless given). */
export async function cancelSession(ctx: Context, id: string, reason: string, reasonCode: CancellationReason = 'OTHER'): Promise<Session> {
  const { session } = await loadForChange<SessionOfActivity>(ctx.caller, sessionScope, id, withActivity(ctx));
  const clean = givenReason(reason);
  refuse(cancellationProblem(session));
  return ctx.prisma.$transaction(async (tx) => {
    const cancelled = await cancelOneSession(tx, id, { reason: clean, reasonCode });
    if (!cancelled) throw changedMeanwhile();
    await recordCancellations(tx, [cancelled]);
    return cancelled;
  });
}

/**
 * A lockdown, a strike, a room out of use: every session of the prison still scheduled that starts in
 * [from, to), optionally in one room, is cancelled with the reason, in one transaction with one event
 * each. Held sessions are never touched. The policy admits coordinators of the prison only.
 */
export async function cancelSessions(ctx: Context, input: CancelSessionsInput): Promise<Session[]> {
  if (input.to.getTime() <= input.from.getTime()) throw badUserInput('The window must end after it starts.', 'to');
  const reason = givenReason(input.reason);
  if (!(await ctx.loaders.prison.load(input.prisonId))) throw badUserInput(`Prison ${input.prisonId} does not exist.`, 'prisonId');
  if (input.locationId) {
    const room = await ctx.loaders.location.load(input.locationId);
    if (room?.prisonId !== input.prisonId) {
      throw badUserInput(`Location ${input.locationId} is not a room of prison ${input.prisonId}.`, 'locationId');
    }
  }
  const cancelled = await ctx.prisma.$transaction(async (tx) => {
    const sessions = await cancelSessionsInWindow(tx, input, { reason, reasonCode: input.reasonCode }, new Date());
    await recordCancellations(tx, sessions);
    return sessions;
  });
  return cancelled.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.id.localeCompare(b.id));
}

/** The session a reschedule starts from: seen and planned by the caller, of an activity still being run. */
async function sessionToReschedule(ctx: Context, id: string) {
  const found = await loadForChange<SessionOfActivity>(ctx.caller, sessionRescheduleScope, id, withActivity(ctx));
  if (!isEditable(found.activity.status)) {
    throw badUserInput(`The activity is ${found.activity.status.toLowerCase()}; its sessions can no longer change.`, 'id');
  }
  return found;
}

/** Facilitators must hold prison access on the session's (new) date, as when it was planned. */
const checkFacilitators = (ctx: Context, { activity }: SessionOfActivity, slot: PlannedSession) =>
  ctx.organisations.checkFacilitation(ctx.caller, {
    prisonId: activity.prisonId,
    organisationId: activity.organisationId,
    personIds: activity.facilitatorIds,
    dates: sessionDates([slot]),
    period: periodOf(activity),
  });

/** A cancelled session comes back while it has not started and its room is still free. */
export async function restoreSession(ctx: Context, id: string): Promise<Session> {
  const found = await sessionToReschedule(ctx, id);
  const now = new Date();
  refuse(restoreProblem(found.session, now));
  await checkFacilitators(ctx, found, found.session);
  return ctx.prisma.$transaction(async (tx) => {
    await holdRooms(tx, [found.session], id, 'id');
    const restored = await restoreCancelledSession(tx, id, now);
    if (!restored) throw changedMeanwhile();
    await recordSessionEvents(tx, 'SessionRestored', [restored]);
    return restored;
  });
}

export interface MoveSessionArgs {
  id: string;
  startsAt: Date;
  endsAt: Date;
  locationId?: string | null;
}

/**
 * Reschedules one scheduled session still to come with the checks of planning: a time still to come
 * inside the activity's period, a room of its prison never double-booked (the rooms' lock, as
 * addSessions), its facilitators cleared on the new date.
 */
export async function moveSession(ctx: Context, args: MoveSessionArgs): Promise<Session> {
  const found = await sessionToReschedule(ctx, args.id);
  const { session, activity } = found;
  const now = new Date();
  refuse(moveProblem(session, now));
  const slot = { startsAt: args.startsAt, endsAt: args.endsAt, locationId: args.locationId ?? session.locationId };
  const problem = sessionProblem(slot, activity);
  if (problem) throw badUserInput(problem, slot.endsAt > slot.startsAt ? 'startsAt' : 'endsAt');
  if (slot.startsAt.getTime() <= now.getTime()) throw badUserInput('A session can only be moved to a time still to come.', 'startsAt');
  const room = await ctx.loaders.location.load(slot.locationId);
  if (room?.prisonId !== activity.prisonId) {
    throw badUserInput(`Location ${slot.locationId} is not a room of prison ${activity.prisonId}.`, 'locationId');
  }
  await checkFacilitators(ctx, found, slot);
  return ctx.prisma.$transaction(async (tx) => {
    await holdRooms(tx, [slot], session.id, 'locationId');
    const moved = await moveScheduledSession(tx, session.id, slot, now);
    if (!moved) throw changedMeanwhile();
    await recordMove(tx, moved, session);
    return moved;
  });
}
