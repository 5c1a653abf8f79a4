import { calendarDate, displayName, fromCalendarDate } from '@cort/common';
import { DateResolver } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { datesWithoutPrisonAccess } from '../../domain/clearance';
import { lapsingWithin } from '../clearance/clearance.service';
import { Clearance } from '../clearance/clearance.type';
import { Organisation } from '../organisation/organisation.type';
import { CreatePersonInput, SetPersonStatusInput, UpdatePersonInput } from './person.inputs';
import { createPerson, readPerson, setPersonStatus, updatePerson } from './person.service';
import { Person, PersonPayload } from './person.type';

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { description: 'A staff member or volunteer you may see.' })
  person(@Arg('id', () => ID, { description: 'The id of the person.' }) id: string, @Ctx() ctx: Context) {
    return readPerson(ctx, id);
  }

  @Mutation(() => PersonPayload, { description: 'Adds a staff member or volunteer to an organisation.' })
  async createPerson(
    @Arg('input', () => CreatePersonInput, { description: 'The new person and the organisation they work for.' }) input: CreatePersonInput,
    @Ctx() ctx: Context,
  ): Promise<PersonPayload> {
    return { person: await createPerson(ctx, input) };
  }

  @Mutation(() => PersonPayload, { description: 'Changes the given fields of a person.' })
  async updatePerson(
    @Arg('id', () => ID, { description: 'The id of the person to change.' }) id: string,
    @Arg('input', () => UpdatePersonInput, { description: 'The fields to change; those left out stay as they are.' })
    input: UpdatePersonInput,
    @Ctx() ctx: Context,
  ): Promise<PersonPayload> {
    return { person: await updatePerson(ctx, id, input) };
  }

  @Mutation(() => PersonPayload, {
    description: "A coordinator of a prison their organisation serves sets a person's status: active, inactive (left) or suspended.",
  })
  async setPersonStatus(
    @Arg('input', () => SetPersonStatusInput, { description: 'The person, the status and the day it takes effect.' })
    input: SetPersonStatusInput,
    @Ctx() ctx: Context,
  ): Promise<PersonPayload> {
    return { person: await setPersonStatus(ctx, input) };
  }

  @FieldResolver(() => String, { description: 'First name and initial of the last name.' })
  displayName(@Root() p: Person): string {
    return displayName(p.firstName, p.lastName);
  }

  @FieldResolver(() => Organisation, { description: 'The organisation they work for.' })
  organisation(@Root() p: Person, @Ctx() { loaders }: Context) {
    return loaders.organisation.load(p.organisationId);
  }

  @FieldResolver(() => [Clearance], { description: 'Their clearances (permits, trainings, the charter), earliest first.' })
  clearances(@Root() p: Person, @Ctx() { loaders }: Context) {
    return loaders.clearancesOfPerson.load(p.id);
  }

  @FieldResolver(() => [Clearance], {
    description: 'Their clearances that hold today and lapse within the coming days (their last day at most that far), the soonest first.',
  })
  async expiringClearances(
    @Root() p: Person,
    @Arg('withinDays', () => Int, { description: 'How many days ahead to look (0–550).' }) withinDays: number,
    @Ctx() { loaders }: Context,
  ) {
    return lapsingWithin(await loaders.clearancesOfPerson.load(p.id), withinDays);
  }

  @FieldResolver(() => [DateResolver], {
    description:
      'Of the given days, those on which the person holds no valid prison access clearance for the prison: they cannot be scheduled then.',
  })
  async datesWithoutPrisonAccess(
    @Root() p: Person,
    @Arg('prisonId', () => ID, { description: 'The code of the prison the permit must be for.' }) prisonId: string,
    @Arg('dates', () => [DateResolver], { description: 'The calendar days to check.' }) dates: Date[],
    @Ctx() { loaders }: Context,
  ): Promise<Date[]> {
    const clearances = await loaders.clearancesOfPerson.load(p.id);
    return datesWithoutPrisonAccess(clearances, prisonId, dates.map(calendarDate)).map(fromCalendarDate);
  }
}
