import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Activity } from '../activity/activity.type';

/**
 * The activities service's session, to which this service adds who is expected. The descriptions are the
 * activities service's (composition keeps one, so they must agree).
 */
@Directive('@key(fields: "id")')
@ObjectType({
  description: 'One occurrence of an activity: a start, an end and a room. Upcoming sessions of published activities are public.',
})
export class Session {
  @Field(() => ID, { description: "The session's id (a UUID)." })
  id!: string;

  @Directive('@external')
  @Field(() => Activity, { description: 'The activity it is a session of.' })
  activity?: Activity;
}
