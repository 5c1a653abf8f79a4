import { Field, Float, ObjectType } from 'type-graphql';

@ObjectType({ description: "An organisation's volunteer hours in a prison in a year, by where they come from." })
export class VolunteerHoursBySource {
  @Field(() => Float, { description: 'The hours of the sessions held that its volunteers facilitated (each session once per volunteer).' })
  facilitated!: number;

  @Field(() => Float, { description: 'The hours its people gave besides those sessions, recorded by hand.' })
  recorded!: number;

  @Field(() => Float, { description: 'Both together.' })
  total!: number;
}
