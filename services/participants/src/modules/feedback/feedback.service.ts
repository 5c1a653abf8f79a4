import { belgianDate } from '@cort/common';
import { loadForChange, loadVisible, refuseProblems } from '@cort/subgraph';
import type { Context } from '../../context';
import type { ActivityView } from '../../generated/prisma/client';
import { feedbackProblems, shuffled } from '../../domain/feedback';
import { feedbackScope, readsFeedbackComments, refuseUnless } from '../../policy';
import { recordFeedbackEvent } from './feedback.events';
import type { RecordFeedbackInput } from './feedback.inputs';
import { commentsOf, formsOf, insertForms } from './feedback.repository';
import type { RecordFeedbackPayload } from './feedback.type';

const comment = (text: string | null | undefined) => (text?.trim() ? text.trim() : null);

/**
 * A facilitator or coordinator enters an activity's feedback forms. Anonymous by construction: no
 * participant, no session, the day only, and the forms written shuffled, so nothing (not even their
 * order) leads back to who filled one in. The event carries the scores, never a comment.
 */
export async function recordFeedback(ctx: Context, input: RecordFeedbackInput): Promise<RecordFeedbackPayload> {
  const activity = await loadForChange<ActivityView>(ctx.caller, feedbackScope, input.activityId, (id) =>
    ctx.loaders.activityView.load(id),
  );
  refuseProblems(feedbackProblems(input.forms));
  const receivedOn = belgianDate(new Date());
  const forms = shuffled(input.forms).map((form) => ({
    activityId: activity.id,
    prisonId: activity.prisonId,
    receivedOn: new Date(`${receivedOn}T00:00:00Z`),
    satisfaction: form.satisfaction,
    learned: form.learned,
    atmosphere: form.atmosphere,
    wouldRecommend: form.wouldRecommend,
    comment: comment(form.comment),
  }));
  const formsReceived = await ctx.prisma.$transaction(async (tx) => {
    const ids = await insertForms(tx, forms);
    await recordFeedbackEvent(
      tx,
      activity.id,
      activity.prisonId,
      receivedOn,
      forms.map(({ satisfaction, learned, atmosphere, wouldRecommend }, i) => ({
        formId: ids[i].id,
        satisfaction,
        learned,
        atmosphere,
        wouldRecommend,
      })),
    );
    return formsOf(tx, activity.id);
  });
  return { activity: { id: activity.id }, formsReceived };
}

/** The comments of an activity's forms, for the coordinators of its prison: no scores beside them, no order of entry. */
export async function feedbackComments(ctx: Context, activityId: string): Promise<string[]> {
  const activity = await loadVisible<ActivityView>(ctx.caller, feedbackScope, activityId, (id) => ctx.loaders.activityView.load(id));
  refuseUnless(readsFeedbackComments(ctx.caller, activity));
  return commentsOf(ctx.prisma, activityId);
}
