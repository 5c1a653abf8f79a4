import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { pickText } from '../../domain/localized-text';
import { Language } from '../../shared/enums';
import { Location } from '../location/location.type';
import { listPrisons } from './prison.repository';
import { Prison } from './prison.type';

/** Prisons: public reference data (the directory's prison picker), and their rooms for those who plan and staff the offer. */
@Resolver(() => Prison)
export class PrisonResolver {
  @Query(() => [Prison], { description: 'Every prison, ordered by code. Public.' })
  prisons(@Ctx() { prisma }: Context) {
    return listPrisons(prisma);
  }

  @Query(() => Prison, { nullable: true, description: 'One prison by its code. Public.' })
  prison(@Arg('id', () => ID, { description: 'The prison code (HAREN, GENT, …), in any case.' }) id: string, @Ctx() { loaders }: Context) {
    return loaders.prison.load(id.toUpperCase());
  }

  @FieldResolver(() => String, { description: 'The name in the asked language, else nl, fr, en.' })
  name(
    @Root() prison: Prison,
    @Arg('language', () => Language, { defaultValue: 'NL', description: 'The language to answer in; falls back to nl, fr, en.' })
    language: Language,
  ): string {
    return pickText({ nl: prison.nameNl, fr: prison.nameFr, en: prison.nameEn }, language) ?? prison.id;
  }

  @FieldResolver(() => [Location], { description: 'The rooms of the prison, by name; for those who plan and staff its offer.' })
  locations(@Root() prison: Prison, @Ctx() ctx: Context) {
    return ctx.loaders.locationsOfPrison.load(prison.id);
  }
}
