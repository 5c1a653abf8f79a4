import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The activities service's prison, pointed at by code. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType()
export class Prison {
  @Field(() => ID)
  id!: string;
}
