import { DateTimeResolver } from 'graphql-scalars';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { SessionStatus } from '../../shared/enums';

/** One occurrence of an activity, in one room. */
@Directive('@key(fields: "id")')
@ObjectType()
export class Session {
  @Field(() => ID)
  id!: string;

  @Field(() => DateTimeResolver)
  startsAt!: Date;

  @Field(() => DateTimeResolver)
  endsAt!: Date;

  @Field(() => SessionStatus)
  status!: SessionStatus;

  @Field(() => String, { nullable: true })
  cancellationReason!: string | null;

  activityId!: string;
  locationId!: string;
}

@ObjectType()
export class SessionPayload {
  @Field(() => Session)
  session!: Session;
}

@ObjectType()
export class AddSessionsPayload {
  @Field(() => [Session])
  sessions!: Session[];
}
