import { DateResolver } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { notFound, requireUser } from '@cort/subgraph';
import type { Context } from '../../context';
import { datesWithoutPrisonAccess } from '../../domain/clearance';
import { personProblems } from '../../domain/organisation-input';
import { Clearance } from '../clearance/clearance.type';
import { refuseProblems } from '@cort/subgraph';
import { Organisation } from '../organisation/organisation.type';
import { organisationToStaff, visiblePerson } from './person.access';
import { CreatePersonInput, UpdatePersonInput } from './person.inputs';
import { Person, PersonPayload } from './person.type';

const day = (date: Date) => date.toISOString().slice(0, 10);

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { description: 'A staff member or volunteer you may see.' })
  async person(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    requireUser(ctx.caller);
    const person = await visiblePerson(ctx, id);
    if (!person) throw notFound('Person', id);
    return person;
  }

  @Mutation(() => PersonPayload, { description: 'Adds a staff member or volunteer to an organisation.' })
  async createPerson(@Arg('input', () => CreatePersonInput) input: CreatePersonInput, @Ctx() ctx: Context) {
    await organisationToStaff(ctx, input.organisationId);
    refuseProblems(personProblems(input));
    const person = await ctx.prisma.person.create({
      data: { ...input, firstName: input.firstName.trim(), lastName: input.lastName.trim(), email: input.email?.trim() || null },
    });
    return { person };
  }

  @Mutation(() => PersonPayload, { description: 'Changes the given fields of a person.' })
  async updatePerson(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdatePersonInput) input: UpdatePersonInput,
    @Ctx() ctx: Context,
  ) {
    const current = await visiblePerson(ctx, id);
    if (!current) throw notFound('Person', id);
    await organisationToStaff(ctx, current.organisationId, 'id');
    // Names, role and languages cannot be emptied; the e-mail address can (null).
    const given = Object.fromEntries(Object.entries(input).filter(([key, v]) => v !== undefined && (v !== null || key === 'email')));
    refuseProblems(personProblems(given));
    const person = await ctx.prisma.person.update({ where: { id }, data: given });
    return { person };
  }

  @FieldResolver(() => String, { description: 'First name and initial of the last name.' })
  displayName(@Root() p: Person): string {
    return `${p.firstName} ${p.lastName.charAt(0).toUpperCase()}.`;
  }

  @FieldResolver(() => Organisation)
  organisation(@Root() p: Person, @Ctx() { loaders }: Context) {
    return loaders.organisation.load(p.organisationId);
  }

  @FieldResolver(() => [Clearance])
  clearances(@Root() p: Person, @Ctx() { loaders }: Context) {
    return loaders.clearancesOfPerson.load(p.id);
  }

  @FieldResolver(() => [DateResolver], {
    description:
      'Of the given days, those on which the person holds no valid prison access clearance for the prison: they cannot be scheduled then.',
  })
  async datesWithoutPrisonAccess(
    @Root() p: Person,
    @Arg('prisonId', () => ID) prisonId: string,
    @Arg('dates', () => [DateResolver]) dates: Date[],
    @Ctx() { loaders }: Context,
  ): Promise<Date[]> {
    const clearances = await loaders.clearancesOfPerson.load(p.id);
    return datesWithoutPrisonAccess(clearances, prisonId, dates.map(day)).map((date) => new Date(`${date}T00:00:00Z`));
  }
}
