import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Person, PersonPayload } from '../person/person.type';
import { RecordVolunteerHoursInput } from './volunteer-hours.inputs';
import { recordVolunteerHours } from './volunteer-hours.service';
import { VolunteerHoursBySource } from './volunteer-hours.type';

@Resolver(() => Person)
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

  @FieldResolver(() => VolunteerHoursBySource, {
    description:
      'The hours this person gave in the prison in the year (Brussels calendar): the sessions held they facilitated as a volunteer, and the hours recorded by hand.',
  })
  volunteerHours(
    @Root() person: Person,
    @Arg('prisonId', () => ID, { description: 'The code of the prison.' }) prisonId: string,
    @Arg('year', () => Int, { description: 'The year.' }) year: number,
    @Ctx() { loaders }: Context,
  ) {
    return loaders.volunteerHoursOf.load({ organisationId: person.organisationId, personId: person.id, prisonId, year });
  }
}
