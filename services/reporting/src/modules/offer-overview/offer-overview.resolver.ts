import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { offerOverview } from './offer-overview.service';
import { OfferOverview } from './offer-overview.type';

@Resolver(() => OfferOverview)
export class OfferOverviewResolver {
  @Query(() => OfferOverview, {
    description: "A prison's offer in a year by category: activities that ran, sessions held, distinct participants.",
  })
  offerOverview(
    // Listed in reverse: type-graphql registers parameter decorators last first, and the SDL should read (prisonId, year).
    @Arg('year', () => Int, { description: 'The calendar year, from 2000 to 2100, January to December in Belgian time.' }) year: number,
    @Arg('prisonId', () => ID, { description: 'The code of the prison, one of yours.' }) prisonId: string,
    @Ctx() ctx: Context,
  ): Promise<OfferOverview> {
    return offerOverview(ctx, prisonId, year);
  }
}
