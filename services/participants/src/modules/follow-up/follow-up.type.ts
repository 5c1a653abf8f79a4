import { DateResolver, DateTimeResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from '@cort/subgraph';
import { DropoutReason, FollowUpOutcome, FollowUpStatus, FollowUpTrigger } from '../../shared/follow-up-enums';

/**
 * The follow-up of a participant who dropped out or stopped coming, for the coordinators of their prison
 * only. Personal data (its conversation above all): every read is audited under the participant. Not a
 * Node: it is reached through its prison's list and the conversation that closes it, never refetched alone.
 */
@ObjectType({
  description:
    "The follow-up of a participant who dropped out or stopped coming: open until the coordinator's feedback conversation (DONE) or until the participant leaves the prison (CLOSED). For the coordinators of the participant's prison only; every read is audited.",
})
export class DropoutFollowUp {
  @Field(() => ID, { description: "The follow-up's id (a UUID): what recordFollowUpConversation takes." })
  id!: string;

  @Field(() => FollowUpStatus, { description: 'Open, done (the conversation was recorded) or closed by the system.' })
  status!: FollowUpStatus;

  @Field(() => FollowUpTrigger, { description: 'What opened it: a dropout, or three unexcused absences or refusals in a row.' })
  trigger!: FollowUpTrigger;

  @Field(() => DateTimeResolver, { description: 'When it was opened.' })
  openedAt!: Date;

  @Field(() => Int, { nullable: true, description: 'For ABSENCES: how many unexcused absences or refusals in a row opened it.' })
  absencesInRow!: number | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When it was closed (DONE or CLOSED); null while open.' })
  closedAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why the system closed it (CLOSED): RELEASED or TRANSFERRED. Null while open and when DONE.',
  })
  closedCause!: string | null;

  prisonId!: string;
  participantId!: string;
  enrolmentId!: string;
  activityId!: string;
  conversationHeldOn!: Date | null;
  conversationReasons!: DropoutReason[];
  conversationOutcome!: FollowUpOutcome | null;
  conversationNote!: string | null;
}

@ObjectType({ description: 'The feedback conversation that closed a follow-up: when, why they stopped, and what comes of it.' })
export class FollowUpConversation {
  @Field(() => DateResolver, { description: 'The day it was held.' })
  heldOn!: Date;

  @Field(() => [DropoutReason], { description: 'Why they stopped coming, one or more; none when they declined the conversation.' })
  reasons!: DropoutReason[];

  @Field(() => FollowUpOutcome, { description: 'What comes of it.' })
  outcome!: FollowUpOutcome;

  @Field(() => String, { nullable: true, description: "The coordinator's note of the conversation." })
  note!: string | null;

  /** Whose conversation it is, and in which prison: the audit subject and the policy's scope. */
  participantId!: string;
  prisonId!: string;
}

@ObjectType({ description: 'What recording a follow-up conversation returns: the follow-up as it is now.' })
export class RecordFollowUpConversationPayload {
  @Field(() => DropoutFollowUp, { description: 'The follow-up, DONE, with its conversation and its enrolment.' })
  followUp!: DropoutFollowUp;
}

export const DropoutFollowUpConnection = Connection('DropoutFollowUp', DropoutFollowUp, 'follow-ups');
