import { DateResolver } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { DropoutReason, FollowUpOutcome } from '../../shared/follow-up-enums';

@InputType({ description: 'The feedback conversation with a participant who dropped out or stopped coming; it closes the follow-up.' })
export class FollowUpConversationInput {
  @Field(() => ID, { description: 'The open follow-up it is about.' })
  followUpId!: string;

  @Field(() => DateResolver, { description: 'The day it was held: not before the follow-up was opened, not after today.' })
  heldOn!: Date;

  @Field(() => [DropoutReason], {
    description: 'Why they stopped coming, one or more, each once; may be empty only when the outcome is DECLINED_CONVERSATION.',
  })
  reasons!: DropoutReason[];

  @Field(() => FollowUpOutcome, {
    description: 'What comes of it. RESUMED puts a DROPPED_OUT enrolment back: a free place, else the end of the waiting list.',
  })
  outcome!: FollowUpOutcome;

  @Field(() => String, { nullable: true, description: 'A note of the conversation (personal data: for the coordinators only).' })
  note?: string | null;
}
