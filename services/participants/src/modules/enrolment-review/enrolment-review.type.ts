import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Connection } from '@cort/subgraph';
import { ReviewCause, ReviewStatus } from '../../shared/review-enums';

/** An open enrolment put outside its activity's audience by a change of the participant's circumstances. */
@ObjectType({
  description:
    "An open enrolment whose activity's audience no longer includes the participant after a change of their gender or legal status. It stays as it is until a coordinator keeps or withdraws it. For the coordinators of the participant's prison only; every read is audited.",
})
export class EnrolmentReview {
  @Field(() => ID, { description: "The review's id (a UUID): what decideEnrolmentReview takes." })
  id!: string;

  @Field(() => ReviewStatus, { description: 'Open, or how it was decided.' })
  status!: ReviewStatus;

  @Field(() => [ReviewCause], { description: 'What changed that the audience does not include.' })
  causes!: ReviewCause[];

  @Field(() => DateTimeResolver, { description: 'When the change opened it.' })
  openedAt!: Date;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When it was decided; null while open.' })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true, description: "The coordinator's note with the decision; null while open." })
  note!: string | null;

  participantId!: string;
  enrolmentId!: string;
  activityId!: string;
  prisonId!: string;
}

@ObjectType({ description: 'What deciding a review returns: the review as it is now.' })
export class DecideEnrolmentReviewPayload {
  @Field(() => EnrolmentReview, { description: 'The review, KEPT or WITHDRAWN, with its enrolment as it now is.' })
  review!: EnrolmentReview;
}

export const EnrolmentReviewConnection = Connection('EnrolmentReview', EnrolmentReview, 'reviews');
