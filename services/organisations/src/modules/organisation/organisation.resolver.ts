import { calendarDate } from '@cort/common';
import { DateResolver } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { loadVisible } from '@cort/subgraph';
import type { Context } from '../../context';
import { coveredOver } from '../../domain/agreement';
import { canSeePerson, ORGANISATION } from '../../policy';
import { Agreement } from '../agreement/agreement.type';
import { VolunteerHoursBySource } from '../volunteer-hours/volunteer-hours.type';
import { Person } from '../person/person.type';
import { Prison } from '../prison/prison.type';
import { CreateOrganisationInput, UpdateOrganisationInput } from './organisation.inputs';
import { organisationsServing } from './organisation.repository';
import { createOrganisation, updateOrganisation } from './organisation.service';
import { Contact, Organisation, OrganisationPayload } from './organisation.type';

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Query(() => [Organisation], { description: 'The partner organisations serving one of your prisons, by name.' })
  organisations(
    @Arg('prisonId', () => ID, { description: 'The code of the prison, one of yours.' }) prisonId: string,
    @Ctx() { prisma }: Context,
  ) {
    return organisationsServing(prisma, prisonId);
  }

  @Query(() => Organisation, { description: 'A partner organisation, by id: any signed-in user may read one.' })
  organisation(@Arg('id', () => ID, { description: 'The id of the organisation.' }) id: string, @Ctx() { caller, loaders }: Context) {
    return loadVisible(caller, ORGANISATION, id, (key) => loaders.organisation.load(key));
  }

  @Mutation(() => OrganisationPayload, { description: 'A coordinator adds a partner organisation serving some of their prisons.' })
  async createOrganisation(
    @Arg('input', () => CreateOrganisationInput, { description: 'The new organisation.' }) input: CreateOrganisationInput,
    @Ctx() ctx: Context,
  ): Promise<OrganisationPayload> {
    return { organisation: await createOrganisation(ctx, input) };
  }

  @Mutation(() => OrganisationPayload, { description: 'Changes the given fields of an organisation serving one of your prisons.' })
  async updateOrganisation(
    @Arg('id', () => ID, { description: 'The id of the organisation to change.' }) id: string,
    @Arg('input', () => UpdateOrganisationInput, { description: 'The fields to change; those left out stay as they are.' })
    input: UpdateOrganisationInput,
    @Ctx() ctx: Context,
  ): Promise<OrganisationPayload> {
    return { organisation: await updateOrganisation(ctx, id, input) };
  }

  @FieldResolver(() => Contact, { description: "The organisation's public contact details." })
  contact(@Root() o: Organisation): Contact {
    return { email: o.email, phone: o.phone, website: o.website, address: o.address };
  }

  @FieldResolver(() => [Prison], {
    nullable: true,
    description: 'The prisons it serves; null while the activities service is unavailable.',
  })
  prisons(@Root() o: Organisation): Prison[] {
    return o.prisonIds.map((id) => ({ id }));
  }

  @FieldResolver(() => [Agreement], { description: 'Its recognitions and agreements, the latest first.' })
  agreements(@Root() o: Organisation, @Ctx() { loaders }: Context) {
    return loaders.agreementsOfOrganisation.load(o.id);
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether its agreements for the prison, together, hold on every day of the period: planning an activity of it there without asks the coordinator to acknowledge a warning.',
  })
  async agreementCovers(
    @Root() o: Organisation,
    @Arg('prisonId', () => ID, { description: 'The code of the prison.' }) prisonId: string,
    @Arg('from', () => DateResolver, { description: 'The first day of the period.' }) from: Date,
    @Arg('until', () => DateResolver, { description: 'The last day of the period, included.' }) until: Date,
    @Ctx() { loaders }: Context,
  ): Promise<boolean> {
    const agreements = await loaders.agreementsOfOrganisation.load(o.id);
    return coveredOver(agreements, prisonId, o.prisonIds, calendarDate(from), calendarDate(until));
  }

  @FieldResolver(() => Float, {
    description:
      'The hours its people gave in the prison in the year (Brussels calendar): the sessions held that its volunteers facilitated, plus the hours recorded by hand.',
  })
  async volunteerHours(
    @Root() o: Organisation,
    @Arg('prisonId', () => ID, { description: 'The code of the prison.' }) prisonId: string,
    @Arg('year', () => Int, { description: 'The year.' }) year: number,
    @Ctx() { loaders }: Context,
  ) {
    return (await loaders.volunteerHoursOf.load({ organisationId: o.id, prisonId, year })).total;
  }

  @FieldResolver(() => VolunteerHoursBySource, {
    description: 'The same hours in the prison in the year, split into the sessions facilitated and the hours recorded by hand.',
  })
  volunteerHoursBySource(
    @Root() o: Organisation,
    @Arg('prisonId', () => ID, { description: 'The code of the prison.' }) prisonId: string,
    @Arg('year', () => Int, { description: 'The year.' }) year: number,
    @Ctx() { loaders }: Context,
  ) {
    return loaders.volunteerHoursOf.load({ organisationId: o.id, prisonId, year });
  }

  @FieldResolver(() => [Person], { description: 'Its staff and volunteers, as far as you may see them.' })
  async people(@Root() o: Organisation, @Ctx() { caller, loaders }: Context) {
    const people = await loaders.peopleOfOrganisation.load(o.id);
    return people.filter((person) => canSeePerson(caller, person, o.prisonIds));
  }
}
