import { DateTimeResolver } from 'graphql-scalars';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Node } from '@cort/subgraph';
import { CancellationReason, SessionStatus } from '../../shared/enums';

/** The participants service describes its Session the same way (composition keeps one description). */
const SESSION_DESCRIPTION =
  'One occurrence of an activity: a start, an end and a room. Upcoming sessions of published activities are public.';

/** One occurrence of an activity, in one room. */
@Directive('@key(fields: "id")')
@ObjectType({ implements: Node, description: SESSION_DESCRIPTION })
export class Session {
  @Field(() => ID, { description: "The session's id (a UUID)." })
  id!: string;

  @Field(() => DateTimeResolver, { description: 'When it starts, as an instant (UTC); prisons keep Belgian time.' })
  startsAt!: Date;

  @Field(() => DateTimeResolver, { description: 'When it ends, as an instant (UTC), always after startsAt.' })
  endsAt!: Date;

  @Field(() => SessionStatus, {
    description:
      'Whether it is still to take place, took place (it ended, or its roll call was recorded, without being cancelled) or was cancelled.',
  })
  status!: SessionStatus;

  @Field(() => String, { nullable: true, description: 'Why it was cancelled; null unless it was.' })
  cancellationReason!: string | null;

  @Field(() => CancellationReason, {
    nullable: true,
    description: 'Why it was cancelled, as a code (OTHER when none was given); null unless it was.',
  })
  cancellationReasonCode!: CancellationReason | null;

  attendanceRecordedAt!: Date | null;

  activityId!: string;
  locationId!: string;
}

@ObjectType({ description: 'What a change of a session returns: the session as it is now.' })
export class SessionPayload {
  @Field(() => Session, { description: 'The session, after the change.' })
  session!: Session;
}

@ObjectType({ description: 'What scheduling sessions returns: the sessions it created.' })
export class AddSessionsPayload {
  @Field(() => [Session], { description: 'The new sessions, in the order they take place.' })
  sessions!: Session[];
}

@ObjectType({ description: 'What cancelling sessions at once returns: the sessions it cancelled.' })
export class CancelSessionsPayload {
  @Field(() => [Session], { description: 'The sessions cancelled now, by start time; empty when none was still scheduled in the window.' })
  cancelled!: Session[];
}
