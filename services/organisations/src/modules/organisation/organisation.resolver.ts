import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { notFound, requirePrison, requireUser } from '@cort/subgraph';
import type { Context } from '../../context';
import { canSeePerson, PARTNER_READERS } from '../../domain/access';
import { Person } from '../person/person.type';
import { Prison } from '../prison/prison.type';
import { Contact, Organisation } from './organisation.type';

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Query(() => [Organisation], { description: 'The partner organisations serving one of your prisons, by name.' })
  organisations(@Arg('prisonId', () => ID) prisonId: string, @Ctx() { caller, prisma }: Context) {
    requirePrison(caller, prisonId, PARTNER_READERS);
    return prisma.organisation.findMany({ where: { prisonIds: { has: prisonId } }, orderBy: [{ name: 'asc' }, { id: 'asc' }] });
  }

  @Query(() => Organisation)
  async organisation(@Arg('id', () => ID) id: string, @Ctx() { caller, loaders }: Context) {
    requireUser(caller);
    const organisation = await loaders.organisation.load(id);
    if (!organisation) throw notFound('Organisation', id);
    return organisation;
  }

  @FieldResolver(() => Contact)
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

  @FieldResolver(() => [Person], { description: 'Its staff and volunteers, as far as you may see them.' })
  async people(@Root() o: Organisation, @Ctx() { caller, loaders }: Context) {
    const people = await loaders.peopleOfOrganisation.load(o.id);
    return people.filter((person) => canSeePerson(caller, person, o.prisonIds));
  }
}
