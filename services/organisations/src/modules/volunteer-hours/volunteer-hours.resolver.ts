import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { PersonPayload } from '../person/person.type';
import { RecordVolunteerHoursInput } from './volunteer-hours.inputs';
import { recordVolunteerHours } from './volunteer-hours.service';

@Resolver()
export class VolunteerHoursResolver {
  @Mutation(() => PersonPayload, {
    description: 'Records hours a staff member or volunteer gave on a day besides the sessions they facilitated.',
  })
  async recordVolunteerHours(
    @Arg('input', () => RecordVolunteerHoursInput, { description: 'The person, the prison, the day, the hours and what they were for.' })
    input: RecordVolunteerHoursInput,
    @Ctx() ctx: Context,
  ): Promise<PersonPayload> {
    return { person: await recordVolunteerHours(ctx, input) };
  }
}
