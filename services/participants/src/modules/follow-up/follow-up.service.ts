import { actorOf, badUserInput, conflict, connectionOf, loadForChange, refuseProblems, type Page } from '@cort/subgraph';
import type { Context } from '../../context';
import type { ActivityView, DropoutFollowUp, FollowUpStatus, Participant, Prisma } from '../../generated/prisma/client';
import { enrolmentRefusal } from '../../domain/eligibility';
import { isOpen } from '../../domain/enrolment-status';
import { conversationProblems, noteOf, type CloseCause, type Conversation, type FollowUpTrigger } from '../../domain/follow-up';
import { followUpScope, seenAs } from '../../policy';
import { activityOfEnrolment } from '../activity/activity.service';
import { findEnrolment, findOpen, lockActivity } from '../enrolment/enrolment.repository';
import { resumeEnrolment } from '../enrolment/placement.service';
import { custodyStatusOf, lockParticipant } from '../participant/participant.repository';
import { recordFollowUpDone, recordFollowUpOpened, recordFollowUpsClosed } from './follow-up.events';
import { closeAsDone, closeOpenOf, findFollowUp, followUpsOfPrison, insertOpen, type OpenedRow } from './follow-up.repository';

// The dropout follow-up's use cases: opened by the system (a dropout, the rule of three), listed for the
// coordinators of the prison, closed by the feedback conversation (DONE) or by the system when the
// participant leaves the prison (CLOSED).

type Tx = Prisma.TransactionClient;

export interface FollowUpOpening {
  enrolmentId: string;
  participantId: string;
  trigger: FollowUpTrigger;
  /** For ABSENCES: the unexcused absences and refusals in a row that opened it. */
  absencesInRow?: number | null;
}

/**
 * Opens the enrolment's follow-up, with its FollowUpOpened event, in the caller's transaction; exactly one
 * OPEN follow-up per enrolment however many openings run at once (the database decides, and the losers
 * write nothing). Returns the follow-up opened, or null when one was open already: a dropout after three
 * absences, or the rule of three met again, keeps the follow-up that is waiting for its conversation.
 */
export async function openFollowUp(tx: Tx, opening: FollowUpOpening): Promise<OpenedRow | null> {
  const absencesInRow = opening.trigger === 'ABSENCES' ? (opening.absencesInRow ?? null) : null;
  const opened = await insertOpen(tx, { enrolmentId: opening.enrolmentId, trigger: opening.trigger, absencesInRow });
  if (!opened) return null;
  if (opened.participantId !== opening.participantId)
    throw new Error(`Enrolment ${opening.enrolmentId} is not the enrolment of participant ${opening.participantId}.`);
  await recordFollowUpOpened(tx, { ...opened, trigger: opening.trigger, absencesInRow });
  return opened;
}

/**
 * The participant left the prison (released, transferred): the system closes their open follow-ups
 * (CLOSED, with the cause), in the transaction that closes their record. There is nobody left to talk to here.
 */
export async function closeFollowUpsOnLeaving(tx: Tx, participantId: string, cause: CloseCause) {
  const closed = await closeOpenOf(tx, participantId, cause);
  await recordFollowUpsClosed(tx, closed, cause);
  return closed.length;
}

/** A prison's follow-ups, oldest first, one page; the policy admitted only its coordinators. */
export async function dropoutFollowUps(ctx: Context, prisonId: string, status: FollowUpStatus | null | undefined, page: Page) {
  const { nodes, total } = await followUpsOfPrison(ctx.prisma, prisonId, status ?? null, page);
  return connectionOf(nodes, total, page);
}

const RESUMED_REASON = 'Resumed after the follow-up conversation.';

/** What a resumption is judged against, loaded before the transaction: the activity as this service knows it, the participant. */
interface Resumption {
  activity: ActivityView;
  participant: Participant;
}

/**
 * A resumption puts a DROPPED_OUT enrolment back as a new placement would (callers hold the participant's
 * and the activity's locks): the participant still in custody here, the activity still open to them, no
 * other open enrolment of theirs in it. An enrolment still open (the rule of three opened the follow-up
 * while they were enrolled) stays as it is; any other final status cannot be resumed.
 */
async function resume(tx: Prisma.TransactionClient, enrolmentId: string, { activity, participant }: Resumption, by: string) {
  const enrolment = (await findEnrolment(tx, enrolmentId))!;
  if (isOpen(enrolment.status)) return enrolment;
  if (enrolment.status !== 'DROPPED_OUT')
    throw badUserInput(
      `The enrolment is ${enrolment.status.toLowerCase()}; only a participant who dropped out can resume. Make a new request instead.`,
      'outcome',
      { status: enrolment.status },
    );
  const custody = (await custodyStatusOf(tx, participant.id)) ?? participant.status;
  const refusal = enrolmentRefusal({ ...participant, status: custody }, activity, new Date());
  if (refusal) throw badUserInput(`The participant cannot resume: ${refusal.message}`, 'outcome', { reason: refusal.reason });
  const open = await findOpen(tx, enrolment.participantId, enrolment.activityId);
  if (open) throw conflict('The participant already has an open enrolment in this activity.', { existingId: open.id });
  return resumeEnrolment(tx, enrolment, activity, by, RESUMED_REASON);
}

/**
 * Records the feedback conversation and closes the follow-up (DONE), with its FollowUpClosed event, in
 * one transaction. A follow-up closed already (by another coordinator, by a release) is a CONFLICT.
 * RESUMED also puts the enrolment back under the participant's and the activity's locks (in the order a
 * request and a release take them), through the same placement rule as every other move: a free place,
 * else the end of the waiting list.
 */
export async function recordFollowUpConversation(ctx: Context, input: Conversation & { followUpId: string }) {
  const followUp = await loadForChange(ctx.caller, followUpScope, input.followUpId, (id) => findFollowUp(ctx.prisma, id));
  if (followUp.status !== 'OPEN') throw closedAlready(followUp);
  refuseProblems(conversationProblems(input, followUp.openedAt, new Date()));
  const by = actorOf(ctx.caller);
  const conversation = { heldOn: input.heldOn, reasons: [...input.reasons], outcome: input.outcome, note: noteOf(input.note), by };
  const resumption: Resumption | null =
    input.outcome === 'RESUMED'
      ? {
          activity: await activityOfEnrolment(ctx, followUp.activityId),
          participant: (await ctx.loaders.participant.load(followUp.participantId))!,
        }
      : null;
  return ctx.prisma.$transaction(async (tx) => {
    if (resumption) {
      await lockParticipant(tx, followUp.participantId);
      await lockActivity(tx, followUp.activityId);
    }
    const done = await closeAsDone(tx, followUp.id, conversation);
    if (!done) throw closedAlready((await findFollowUp(tx, followUp.id))!);
    if (resumption) await resume(tx, done.enrolmentId, resumption, by);
    await recordFollowUpDone(tx, done);
    return done;
  });
}

function closedAlready(followUp: DropoutFollowUp) {
  const how = followUp.status === 'DONE' ? 'its conversation was recorded already' : 'the system closed it (the participant left)';
  return conflict(`This follow-up is ${followUp.status.toLowerCase()}: ${how}.`, { status: followUp.status });
}

/** A follow-up's participant, in full: only the coordinators of their prison reach a follow-up. */
export async function participantOfFollowUp(ctx: Context, followUp: Pick<DropoutFollowUp, 'participantId'>) {
  return seenAs((await ctx.loaders.participant.load(followUp.participantId))!, 'FULL');
}

export const enrolmentOfFollowUp = async (ctx: Context, followUp: Pick<DropoutFollowUp, 'enrolmentId'>) =>
  (await ctx.loaders.enrolmentById.load(followUp.enrolmentId))!;

/** The conversation, once held; it carries whose it is and the prison, for the audit and the policy. */
export function conversationOf(
  followUp: Pick<
    DropoutFollowUp,
    'participantId' | 'prisonId' | 'conversationHeldOn' | 'conversationReasons' | 'conversationOutcome' | 'conversationNote'
  >,
) {
  if (!followUp.conversationHeldOn || !followUp.conversationOutcome) return null;
  return {
    heldOn: followUp.conversationHeldOn,
    reasons: followUp.conversationReasons,
    outcome: followUp.conversationOutcome,
    note: followUp.conversationNote,
    participantId: followUp.participantId,
    prisonId: followUp.prisonId,
  };
}
