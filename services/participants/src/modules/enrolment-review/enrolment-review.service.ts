import { actorOf, badUserInput, conflict, connectionOf, loadForChange, type Page } from '@cort/subgraph';
import type { Context } from '../../context';
import type { DropoutReason, EnrolmentReview, Participant, Prisma, ReviewStatus } from '../../generated/prisma/client';
import { decisionProblem, reviewCauses, type ReviewDecision } from '../../domain/enrolment-review';
import { isOpen } from '../../domain/enrolment-status';
import { reviewScope, seenAs } from '../../policy';
import { activityOfEnrolment } from '../activity/activity.service';
import { findEnrolment, lockActivity } from '../enrolment/enrolment.repository';
import { moveAndRebalance } from '../enrolment/placement.service';
import { decideReview, findReview, insertOpenReviews, openEnrolmentsWithAudience, reviewsOfPrison } from './enrolment-review.repository';

// A change of circumstances: the participant's open enrolments stay; those whose audience no longer fits
// them wait in their prison's reviews for a coordinator, who keeps them (with a note) or withdraws them
// through the withdrawal's own move (its promotion from the waiting list included). Nothing is withdrawn
// by the system.

type Tx = Prisma.TransactionClient;

/** In the transaction of a profile change: opens a review for each open enrolment the change put outside its audience. */
export async function openReviewsAfterChange(tx: Tx, before: Participant, after: Participant) {
  if (before.gender === after.gender && before.legalStatus === after.legalStatus) return 0;
  const rows = (await openEnrolmentsWithAudience(tx, after.id)).flatMap(({ enrolment, activity }) => {
    const causes = reviewCauses(before, after, activity);
    return causes.length
      ? [{ enrolmentId: enrolment.id, participantId: after.id, activityId: enrolment.activityId, prisonId: after.prisonId, causes }]
      : [];
  });
  return (await insertOpenReviews(tx, rows)).count;
}

/** A prison's reviews, oldest first; the policy admitted only its coordinators. */
export async function enrolmentReviews(ctx: Context, prisonId: string, status: ReviewStatus | null | undefined, page: Page) {
  const { nodes, total } = await reviewsOfPrison(ctx.prisma, prisonId, status === undefined ? 'OPEN' : status, page);
  return connectionOf(nodes, total, page);
}

export interface Decision {
  id: string;
  decision: ReviewDecision;
  note?: string | null;
  reasonCode?: DropoutReason | null;
}

/**
 * Decides a review under the activity's lock, in one transaction: KEEP closes it with the note; WITHDRAW
 * also withdraws the enrolment as withdrawEnrolment does. A review decided meanwhile, or whose enrolment
 * ended meanwhile, is a CONFLICT and nothing is written.
 */
export async function decideEnrolmentReview(ctx: Context, input: Decision) {
  const review = await loadForChange(ctx.caller, reviewScope, input.id, (id) => findReview(ctx.prisma, id));
  const problem = decisionProblem(input.decision, input.note);
  if (problem) throw badUserInput(problem.message, problem.field);
  if (input.reasonCode && input.decision === 'KEEP') throw badUserInput('A reason code goes with a withdrawal only.', 'reasonCode');
  const note = input.note!.trim();
  const by = actorOf(ctx.caller);
  const activity = await activityOfEnrolment(ctx, review.activityId);
  return ctx.prisma.$transaction(async (tx) => {
    await lockActivity(tx, activity.id);
    const decided = await decideReview(tx, review.id, input.decision === 'KEEP' ? 'KEPT' : 'WITHDRAWN', by, note);
    if (!decided)
      throw conflict('This review was decided already; reload the list.', { status: (await findReview(tx, review.id))!.status });
    const enrolment = (await findEnrolment(tx, review.enrolmentId))!;
    if (!isOpen(enrolment.status))
      throw conflict(`The enrolment is ${enrolment.status} already: there is nothing left to decide.`, { status: enrolment.status });
    if (input.decision === 'WITHDRAW')
      await moveAndRebalance(tx, enrolment, activity, 'WITHDRAWN', by, note, { dropoutReason: input.reasonCode ?? null });
    return decided;
  });
}

/** A review's participant, in full: only the coordinators of their prison reach a review. */
export const participantOfReview = async (ctx: Context, review: Pick<EnrolmentReview, 'participantId'>) =>
  seenAs((await ctx.loaders.participant.load(review.participantId))!, 'FULL');

export const enrolmentOfReview = async (ctx: Context, review: Pick<EnrolmentReview, 'enrolmentId'>) =>
  (await ctx.loaders.enrolmentById.load(review.enrolmentId))!;
