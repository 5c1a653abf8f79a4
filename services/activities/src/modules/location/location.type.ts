import { Field, ID, Int, ObjectType } from 'type-graphql';

/** A room of a prison where sessions take place. */
@ObjectType({
  description:
    "A room of a prison where sessions take place; a room is never booked for two sessions at once. Seen by those who plan and staff the prison's offer.",
})
export class Location {
  @Field(() => ID, { description: 'Its id: what a session to schedule names as locationId.' })
  id!: string;

  @Field(() => String, { description: 'The name the prison uses for the room (e.g. "Classroom 1", "Gym").' })
  name!: string;

  @Field(() => Int, { nullable: true, description: 'How many people the room holds, when known.' })
  capacity!: number | null;

  prisonId!: string;
}
