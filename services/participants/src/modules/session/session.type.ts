import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Activity } from '../activity/activity.type';

/** The activities service's session, to which this service adds who is expected. */
@Directive('@key(fields: "id")')
@ObjectType()
export class Session {
  @Field(() => ID)
  id!: string;

  @Directive('@external')
  @Field(() => Activity)
  activity?: Activity;
}
