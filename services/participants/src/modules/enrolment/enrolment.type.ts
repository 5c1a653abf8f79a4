import { DateResolver, DateTimeResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { EnrolmentStatus } from '../../shared/enums';
import { EnrolmentWarningCode } from '../../shared/enrolment-check-enums';
import { DropoutReason, RejectionReason } from '../../shared/follow-up-enums';
import { EnrolmentRequester } from '../../shared/requester-enums';

/** A participant in an activity, from the request to the end. */
@ObjectType({
  description:
    "A participant's place in an activity, from the request to the end, with every change. Seen by the coordinators and prison staff of the participant's prison, and by the partner staff of the activity's organisation.",
})
export class Enrolment {
  @Field(() => ID, { description: "The enrolment's id (a UUID): what the enrolment mutations take." })
  id!: string;

  @Field(() => EnrolmentStatus, { description: 'Where the enrolment is now.' })
  status!: EnrolmentStatus;

  @Field(() => Int, { nullable: true, description: '1-based place on the waiting list, while WAITLISTED.' })
  waitlistPosition!: number | null;

  @Field(() => DateTimeResolver, { description: 'When it was requested.' })
  createdAt!: Date;

  @Field(() => EnrolmentRequester, { description: 'Who asked for it; for the coordinators of the prison.' })
  requester!: EnrolmentRequester;

  @Field(() => DateResolver, {
    description: 'The day it was asked for (it may reach the coordinator later); for the coordinators of the prison.',
  })
  requestedOn!: Date;

  participantId!: string;
  activityId!: string;
}

@ObjectType({ description: 'One change of an enrolment: who moved it from what to what, when and why.' })
export class EnrolmentChange {
  @Field(() => EnrolmentStatus, { nullable: true, description: 'The status before; null for the request itself.' })
  from!: EnrolmentStatus | null;

  @Field(() => EnrolmentStatus, { description: 'The status after.' })
  to!: EnrolmentStatus;

  @Field(() => String, {
    description: "Who made the change: the user's id, or `system:…` when the graph made it on its own, following a change of the activity.",
  })
  by!: string;

  @Field(() => DateTimeResolver, { description: 'When it changed.' })
  at!: Date;

  @Field(() => String, { nullable: true, description: 'Why, when a reason was given or needed (withdrawal, dropout, rejection).' })
  reason!: string | null;

  @Field(() => DropoutReason, { nullable: true, description: 'Why they left (a withdrawal or dropout), when a reason code was given.' })
  dropoutReason!: DropoutReason | null;

  @Field(() => RejectionReason, { nullable: true, description: 'Why the screening rejected them, when a reason code was given.' })
  rejectionReason!: RejectionReason | null;

  @Field(() => [EnrolmentWarningCode], {
    description:
      'The warnings of the enrolment check the coordinator acknowledged with this change (a request, an approval); for the coordinators and prison staff of the prison.',
  })
  acknowledgedWarnings!: EnrolmentWarningCode[];

  /** The participant's prison, which decides who sees what was acknowledged. */
  prisonId!: string;
}

@ObjectType({ description: 'What a change of an enrolment returns: the enrolment as it is now.' })
export class EnrolmentPayload {
  @Field(() => Enrolment, { description: 'The enrolment, after the change.' })
  enrolment!: Enrolment;
}

@InputType({ description: 'A request to enrol a participant in an activity of their prison.' })
export class RequestEnrolmentInput {
  @Field(() => ID, { description: "The activity: published, not ended, in the participant's prison, with them in its audience." })
  activityId!: string;

  @Field(() => ID, { description: 'The participant, in custody in one of your prisons.' })
  participantId!: string;

  @Field(() => String, { description: 'Chosen by the client per request: sending it again returns the same enrolment and writes nothing.' })
  idempotencyKey!: string;

  @Field(() => EnrolmentRequester, { nullable: true, description: 'Who asked for it (OTHER when not given).' })
  requester?: EnrolmentRequester | null;

  @Field(() => DateResolver, {
    nullable: true,
    description: 'The day it was asked for: today when not given, never after today, at most a year back.',
  })
  requestedOn?: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Who asked, in words: kept in the note.',
    deprecationReason: 'Use requester (a code) and note (words) instead; a text sent here is added to the note.',
  })
  requestedBy?: string | null;

  @Field(() => String, { nullable: true, description: 'A note kept with the request, for those who screen and place it.' })
  note?: string | null;

  @Field(() => [EnrolmentWarningCode], {
    nullable: true,
    description:
      'The warnings of the enrolment check you acknowledge: with one that applies left out the request is refused (BAD_USER_INPUT, reason WARNINGS_NOT_ACKNOWLEDGED) and nothing is written.',
  })
  acknowledgedWarnings?: EnrolmentWarningCode[] | null;
}
