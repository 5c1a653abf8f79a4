import { actorOf, badUserInput, loadForChange, refuseProblems } from '@cort/subgraph';
import type { Context } from '../../context';
import {
  Prisma,
  type ActivityView,
  type DropoutReason,
  type Enrolment,
  type EnrolmentStatus,
  type Participant,
  type RejectionReason,
} from '../../generated/prisma/client';
import { available } from '../../domain/waiting-list';
import { idempotencyKeyProblems, sameChange } from '../../domain/idempotency-key';
import { enrolledParticipantView, enrolmentScope, refuseUnless, seenAs, seesEnrolmentFigures, seesEnrolments } from '../../policy';
import { activityOfEnrolment } from '../activity/activity.service';
import { openFollowUp } from '../follow-up/follow-up.service';
import { requireAcknowledged } from '../enrolment-check/enrolment-check.service';
import { adviceWarnings } from '../security-advice/security-advice.service';
import {
  findByIdempotencyKey,
  findChangeByKey,
  findEnrolment,
  findEnrolmentWithParticipant,
  lockActivity,
  type ReasonCodes,
} from './enrolment.repository';
import { keyReused } from './enrolment-request.service';
import { approveScreening, moveAndRebalance } from './placement.service';

// The enrolment use cases of a coordinator (a request: enrolment-request.service.ts), each in one transaction
// that holds the activity's lock: the enrolment, its history and its event are written together
// (placement.service.ts), and a status the transition table does not allow is refused by the write itself
// (enrolment.repository.ts changeStatus).

type Tx = Prisma.TransactionClient;

type Move = (tx: Tx, enrolment: Enrolment, activity: ActivityView, by: string, participant: Participant) => Promise<Enrolment>;

/**
 * Every change of an existing enrolment: the coordinators of the participant's prison decide; the move
 * is made from the enrolment as it is under the activity's lock, so two coordinators acting at once
 * cannot both move it, and a freed place is handed on exactly once.
 */
async function change(ctx: Context, id: string, move: Move) {
  const current = await loadForChange(ctx.caller, enrolmentScope, id, (id) => findEnrolmentWithParticipant(ctx.prisma, id));
  const by = actorOf(ctx.caller);
  const activity = await activityOfEnrolment(ctx, current.activityId);
  return ctx.prisma.$transaction(async (tx) => {
    await lockActivity(tx, activity.id);
    const fresh = (await findEnrolment(tx, id))!;
    return move(tx, fresh, activity, by, current.participant);
  });
}

const reasonOf = (reason: string | null | undefined, what: string) => {
  const given = reason?.trim();
  if (!given) throw badUserInput(`Give the reason for the ${what}.`, 'reason');
  if (given.length > 1000) throw badUserInput('Keep the reason under 1000 characters.', 'reason');
  return given;
};

// The reason codes are optional beside the free text, so every client written before them keeps working.

/**
 * What an earlier request made under this key: the enrolment as it now stands when it was this very
 * change (of this enrolment, to `to`); a CONFLICT when the key is another request's (another enrolment,
 * another kind of change, an enrolment request). Null when the key is new.
 */
async function changedBefore(db: Context['prisma'] | Tx, id: string, to: EnrolmentStatus, key: string): Promise<Enrolment | null> {
  const earlier = await findChangeByKey(db, key);
  if (earlier) {
    if (!sameChange(earlier, id, to)) throw keyReused();
    return (await findEnrolment(db, id))!;
  }
  if (await findByIdempotencyKey(db, key)) throw keyReused();
  return null;
}

/**
 * Moves the enrolment into a final status; a place freed goes to the head of the waiting list. With a key
 * (`codes.idempotencyKey`), a client that lost the answer may send it again: the change is found under
 * the activity's lock (where two sent at once meet) and answered with the enrolment as it now stands, and
 * nothing is written twice: no second history line, event or promotion. Without one, a second such change
 * is refused by the transition table as before.
 */
async function end(ctx: Context, id: string, to: EnrolmentStatus, reason: string | null, codes: ReasonCodes = {}) {
  const key = codes.idempotencyKey ?? null;
  if (key !== null) refuseProblems(idempotencyKeyProblems(key));
  try {
    return await change(ctx, id, async (tx, enrolment, activity, by) => {
      const before = key === null ? null : await changedBefore(tx, enrolment.id, to, key);
      return before ?? moveAndRebalance(tx, enrolment, activity, to, by, reason, codes);
    });
  } catch (error) {
    // The same key committed meanwhile by a request on another enrolment (another activity's lock): the
    // unique key refuses the second, which is then told whose key it was.
    if (key !== null && error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      const earlier = await changedBefore(ctx.prisma, id, to, key);
      if (earlier) return earlier;
    }
    throw error;
  }
}

export interface Withdrawal {
  id: string;
  reason: string;
  reasonCode?: DropoutReason | null;
  /** Optional: with it, the same withdrawal sent again answers the enrolment and writes nothing. */
  idempotencyKey?: string | null;
}

/** The participant leaves; a place freed goes to the head of the waiting list. Idempotent when given a key. */
export const withdrawEnrolment = (ctx: Context, withdrawal: Withdrawal) =>
  end(ctx, withdrawal.id, 'WITHDRAWN', reasonOf(withdrawal.reason, 'withdrawal'), {
    dropoutReason: withdrawal.reasonCode ?? null,
    idempotencyKey: withdrawal.idempotencyKey ?? null,
  });

export const completeEnrolment = (ctx: Context, id: string) => end(ctx, id, 'COMPLETED', null);

/** The participant stopped coming: their place goes on, and a dropout follow-up opens unless one is open already. */
export function markDroppedOut(ctx: Context, id: string, reason: string, reasonCode?: DropoutReason | null) {
  const given = reasonOf(reason, 'dropout');
  return change(ctx, id, async (tx, enrolment, activity, by) => {
    const dropped = await moveAndRebalance(tx, enrolment, activity, 'DROPPED_OUT', by, given, { dropoutReason: reasonCode ?? null });
    await openFollowUp(tx, { enrolmentId: dropped.id, participantId: dropped.participantId, trigger: 'DROPPED_OUT' });
    return dropped;
  });
}

/** Ends a screening: APPROVED takes a free place or joins the end of the waiting list; REJECTED needs a reason. */
export function decideScreening(
  ctx: Context,
  id: string,
  approved: boolean,
  reason: string | null | undefined,
  reasonCode?: RejectionReason | null,
  acknowledgedWarnings?: readonly string[] | null,
) {
  if (!approved) return end(ctx, id, 'REJECTED', reasonOf(reason, 'rejection'), { rejectionReason: reasonCode ?? null });
  if (reasonCode) throw badUserInput('A reason code is for a rejection; an approval takes none.', 'reasonCode');
  const note = reason?.trim() || null;
  // Where it lands (a place or the list) is decided under the lock, by approveScreening.
  return change(ctx, id, async (tx, enrolment, activity, by, participant) => {
    if (enrolment.status !== 'IN_SCREENING')
      throw badUserInput('Only an enrolment in screening can be decided.', 'id', { status: enrolment.status });
    const advice = await adviceWarnings(tx, enrolment.id);
    const acknowledged = await requireAcknowledged(tx, participant, activity, acknowledgedWarnings, advice);
    return approveScreening(tx, enrolment, activity, by, note, acknowledged);
  });
}

/** An activity's enrolments, in the order they were requested; none while this service has not heard of it. */
export async function enrolmentsOfActivity(ctx: Context, activityId: string) {
  const activity = await ctx.loaders.activityView.load(activityId);
  if (!activity) return [];
  refuseUnless(seesEnrolments(ctx.caller, activity));
  return ctx.loaders.enrolmentsOfActivity.load(activityId);
}

/** How full an activity is, counts only; the capacity and prison come from the activities service. */
export async function enrolmentSummaryOf(ctx: Context, activity: { id: string; capacity?: number; prison?: { id: string } }) {
  refuseUnless(seesEnrolmentFigures(ctx.caller, activity.prison?.id));
  const counts = await ctx.loaders.enrolmentCounts.load(activity.id);
  return { ...counts, available: available(activity.capacity ?? 0, counts.enrolled) };
}

/** An enrolment's participant, seen as much as the caller may see them through the enrolment's activity. */
export async function participantOfEnrolment(ctx: Context, enrolment: Pick<Enrolment, 'participantId' | 'activityId'>) {
  const [participant, activity] = await Promise.all([
    ctx.loaders.participant.load(enrolment.participantId),
    ctx.loaders.activityView.load(enrolment.activityId),
  ]);
  const view = enrolledParticipantView(ctx.caller, participant, activity);
  return seenAs(participant!, view);
}

/** An enrolment's history, oldest first, each line with the participant's prison (who sees what was acknowledged). */
export async function historyOfEnrolment(ctx: Context, enrolment: Pick<Enrolment, 'id' | 'participantId'>) {
  const [changes, participant] = await Promise.all([
    ctx.loaders.changesOfEnrolment.load(enrolment.id),
    ctx.loaders.participant.load(enrolment.participantId),
  ]);
  return changes.map((change) => ({ ...change, prisonId: participant!.prisonId }));
}
