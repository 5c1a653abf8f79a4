import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { pageOf } from '@cort/subgraph';
import type { Context } from '../../context';
import { ReviewStatus } from '../../shared/review-enums';
import { Enrolment } from '../enrolment/enrolment.type';
import { Participant } from '../participant/participant.type';
import { DecideEnrolmentReviewInput } from './enrolment-review.inputs';
import { decideEnrolmentReview, enrolmentOfReview, enrolmentReviews, participantOfReview } from './enrolment-review.service';
import { DecideEnrolmentReviewPayload, EnrolmentReview, EnrolmentReviewConnection } from './enrolment-review.type';

/** Enrolment reviews after a change of circumstances: the coordinators' list, the decision and their fields. */
@Resolver(() => EnrolmentReview)
export class EnrolmentReviewResolver {
  @Query(() => EnrolmentReviewConnection, {
    description:
      "The enrolments of one of your prisons whose activity's audience no longer includes the participant after a change of their gender or legal status, oldest first. For the prison's coordinators and policy coordinators only.",
  })
  enrolmentReviews(
    @Arg('prisonId', () => ID, { description: 'The prison whose reviews to list.' }) prisonId: string,
    @Ctx() ctx: Context,
    @Arg('status', () => ReviewStatus, {
      nullable: true,
      description: 'Only the reviews in this status (OPEN when left out; null: every status).',
    })
    status?: ReviewStatus | null,
    @Arg('first', () => Int, { nullable: true, description: 'How many reviews to return (a page of at most 100).' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'The cursor of the review the page starts after.' }) after?: string,
  ) {
    return enrolmentReviews(ctx, prisonId, status, pageOf(first, after));
  }

  @Mutation(() => DecideEnrolmentReviewPayload, {
    description:
      'Decides an enrolment under review: KEEP (with a note) leaves it as it is; WITHDRAW withdraws it as withdrawEnrolment does. A review decided already is a CONFLICT.',
  })
  async decideEnrolmentReview(
    @Arg('input', () => DecideEnrolmentReviewInput, { description: 'Which review, the decision and why.' })
    input: DecideEnrolmentReviewInput,
    @Ctx() ctx: Context,
  ): Promise<DecideEnrolmentReviewPayload> {
    return { review: await decideEnrolmentReview(ctx, input) };
  }

  @FieldResolver(() => Participant, { description: 'The participant whose circumstances changed.' })
  participant(@Root() review: EnrolmentReview, @Ctx() ctx: Context) {
    return participantOfReview(ctx, review);
  }

  @FieldResolver(() => Enrolment, { description: 'The enrolment under review, as it is now.' })
  enrolment(@Root() review: EnrolmentReview, @Ctx() ctx: Context) {
    return enrolmentOfReview(ctx, review);
  }
}
