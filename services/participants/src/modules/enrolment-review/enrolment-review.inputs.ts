import { Field, ID, InputType } from 'type-graphql';
import { DropoutReason } from '../../shared/follow-up-enums';
import { ReviewDecision } from '../../shared/review-enums';

@InputType({ description: "A coordinator's decision on an enrolment under review." })
export class DecideEnrolmentReviewInput {
  @Field(() => ID, { description: 'The OPEN review.' })
  id!: string;

  @Field(() => ReviewDecision, { description: 'Keep the enrolment, or withdraw it.' })
  decision!: ReviewDecision;

  @Field(() => String, {
    description: 'Why (required): for KEEP why the participant stays, for WITHDRAW the withdrawal’s reason in its history.',
  })
  note!: string;

  @Field(() => DropoutReason, { nullable: true, description: 'For WITHDRAW: why they leave, as one of the dropout reasons (optional).' })
  reasonCode?: DropoutReason | null;
}
