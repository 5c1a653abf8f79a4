import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The activities service's activity, pointed at by id. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType()
export class Activity {
  @Field(() => ID)
  id!: string;
}
