import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Activity } from '../activity/activity.type';
import { RecordFeedbackInput } from './feedback.inputs';
import { feedbackComments, recordFeedback } from './feedback.service';
import { RecordFeedbackPayload } from './feedback.type';

/** Anonymous feedback forms: entering them, and the comments for the coordinators. */
@Resolver(() => Activity)
export class FeedbackResolver {
  @Mutation(() => RecordFeedbackPayload, {
    description:
      "A facilitator or coordinator enters the feedback forms participants filled in. Anonymous: nothing links a form to a participant or a session; the scores reach the evaluation's figures from five forms on.",
  })
  recordFeedback(
    @Arg('input', () => RecordFeedbackInput, { description: 'The activity and its forms.' }) input: RecordFeedbackInput,
    @Ctx() ctx: Context,
  ): Promise<RecordFeedbackPayload> {
    return recordFeedback(ctx, input);
  }

  @FieldResolver(() => [String], {
    nullable: true,
    description:
      'The comments written on its feedback forms, in no particular order and without their scores: for the coordinators of its prison only; never reported or exported. Null while the participants service is unavailable.',
  })
  feedbackComments(@Root() activity: Activity, @Ctx() ctx: Context) {
    return feedbackComments(ctx, activity.id);
  }
}
