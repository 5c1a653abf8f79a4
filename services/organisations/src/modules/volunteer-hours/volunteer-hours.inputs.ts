import { DateResolver } from 'graphql-scalars';
import { Field, Float, ID, InputType } from 'type-graphql';
import { VolunteerHoursKind } from '../../shared/enums';

@InputType({ description: 'Hours a staff member or volunteer gave on one day besides the sessions they facilitated.' })
export class RecordVolunteerHoursInput {
  @Field(() => ID, { description: 'The person who gave them.' })
  personId!: string;

  @Field(() => ID, { description: 'The prison they were for, one the organisation serves (and one of yours as a coordinator).' })
  prisonId!: string;

  @Field(() => DateResolver, { description: 'The day.' })
  date!: Date;

  @Field(() => Float, { description: 'The hours: more than 0, at most 24, in quarters of an hour.' })
  hours!: number;

  @Field(() => VolunteerHoursKind, { description: 'What they were for.' })
  kind!: VolunteerHoursKind;

  @Field(() => String, { nullable: true, description: 'A note for the coordinators (at most 500 characters); never reported.' })
  note?: string | null;
}
