import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The activities service's wish, pointed at by id (what an action answers); its descriptions are the activities service's. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType({ description: 'One wish of a needs assessment: a topic, its domain and how many respondents asked for it.' })
export class Wish {
  @Field(() => ID, { description: "The wish's id (a UUID): what answersWishIds names." })
  id!: string;
}
