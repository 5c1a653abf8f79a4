import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The activities service's prison, pointed at by code; its descriptions are the activities service's. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType({ description: 'A prison of Flanders or Brussels, with its rooms and its offer. Public.' })
export class Prison {
  @Field(() => ID, { description: "The prison's code, upper-case and stable (HAREN, ANTWERPEN, GENT, …)." })
  id!: string;
}
