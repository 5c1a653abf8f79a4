import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { EnrolmentStatus } from '../../shared/enums';

/** A participant in an activity, from the request to the end. */
@ObjectType()
export class Enrolment {
  @Field(() => ID)
  id!: string;

  @Field(() => EnrolmentStatus)
  status!: EnrolmentStatus;

  @Field(() => Int, { nullable: true, description: '1-based place on the waiting list, while WAITLISTED.' })
  waitlistPosition!: number | null;

  @Field(() => DateTimeResolver)
  createdAt!: Date;

  participantId!: string;
  activityId!: string;
}

@ObjectType({ description: 'One change of an enrolment: who moved it from what to what, when and why.' })
export class EnrolmentChange {
  @Field(() => EnrolmentStatus, { nullable: true })
  from!: EnrolmentStatus | null;

  @Field(() => EnrolmentStatus)
  to!: EnrolmentStatus;

  @Field(() => String)
  by!: string;

  @Field(() => DateTimeResolver)
  at!: Date;

  @Field(() => String, { nullable: true })
  reason!: string | null;
}

@ObjectType()
export class EnrolmentPayload {
  @Field(() => Enrolment)
  enrolment!: Enrolment;
}

@InputType()
export class RequestEnrolmentInput {
  @Field(() => ID)
  activityId!: string;

  @Field(() => ID)
  participantId!: string;

  @Field(() => String, { description: 'Chosen by the client per request: sending it again returns the same enrolment and writes nothing.' })
  idempotencyKey!: string;

  @Field(() => String, { nullable: true, description: 'Who asked: the participant, a service, a coordinator…' })
  requestedBy?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}
