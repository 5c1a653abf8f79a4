import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The activities service's activity, pointed at by id (an action's outcome); its descriptions are the activities service's. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType({
  description:
    "A group activity of a prison's offer (educational, psychosocial or socio-cultural), organised by a partner organisation and given in sessions. Published activities are public; the rest is seen by those who plan and run the offer of its prison.",
})
export class Activity {
  @Field(() => ID, { description: "The activity's id (a UUID)." })
  id!: string;
}
