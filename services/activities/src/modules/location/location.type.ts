import { Field, ID, Int, ObjectType } from 'type-graphql';

/** A room of a prison where sessions take place. */
@ObjectType()
export class Location {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Int, { nullable: true, description: 'How many people the room holds, when known.' })
  capacity!: number | null;

  prisonId!: string;
}
