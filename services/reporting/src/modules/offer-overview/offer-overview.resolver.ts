import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { offerRows } from '../../domain/offer-overview';
import { requireReportReader } from '../../domain/report-access';
import { checkYear, yearBounds } from '../../domain/report-year';
import { offerCounts } from './offer-overview.repository';
import { OfferOverview } from './offer-overview.type';

@Resolver(() => OfferOverview)
export class OfferOverviewResolver {
  @Query(() => OfferOverview, {
    description: "A prison's offer in a year by category: activities that ran, sessions held, distinct participants.",
  })
  async offerOverview(
    // Listed in reverse: type-graphql registers parameter decorators last first, and the SDL should read (prisonId, year).
    @Arg('year', () => Int) year: number,
    @Arg('prisonId', () => ID) prisonId: string,
    @Ctx() { caller, prisma }: Context,
  ): Promise<OfferOverview> {
    requireReportReader(caller, prisonId);
    checkYear(year);
    const counts = await offerCounts(prisma, prisonId, yearBounds(year), new Date());
    return { prison: { id: prisonId }, year, rows: offerRows(counts) };
  }
}
