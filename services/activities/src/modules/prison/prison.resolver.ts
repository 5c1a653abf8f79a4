import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { requirePrison } from '@cort/subgraph';
import type { Context } from '../../context';
import { pickText } from '../../domain/localized-text';
import { Language } from '../../shared/enums';
import { OFFER_READERS, PLANNERS } from '../../shared/roles';
import { Location } from '../location/location.type';
import { listPrisons } from './prison.repository';
import { Prison } from './prison.type';

@Resolver(() => Prison)
export class PrisonResolver {
  /** Public: the directory's prison picker. */
  @Query(() => [Prison], { description: 'Every prison, ordered by code. Public.' })
  prisons(@Ctx() { prisma }: Context) {
    return listPrisons(prisma);
  }

  @Query(() => Prison, { nullable: true, description: 'One prison by its code. Public.' })
  prison(@Arg('id', () => ID) id: string, @Ctx() { loaders }: Context) {
    return loaders.prison.load(id.toUpperCase());
  }

  @FieldResolver(() => String)
  name(@Root() prison: Prison, @Arg('language', () => Language, { defaultValue: 'NL' }) language: Language): string {
    return pickText({ nl: prison.nameNl, fr: prison.nameFr, en: prison.nameEn }, language) ?? prison.id;
  }

  /** Rooms are for the people who plan and staff the prison's offer. */
  @FieldResolver(() => [Location])
  locations(@Root() prison: Prison, @Ctx() { caller, loaders }: Context) {
    requirePrison(caller, prison.id, [...PLANNERS, ...OFFER_READERS, 'PARTNER_STAFF', 'VOLUNTEER']);
    return loaders.locationsOfPrison.load(prison.id);
  }
}
