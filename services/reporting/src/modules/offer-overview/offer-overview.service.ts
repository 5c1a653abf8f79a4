import type { Context } from '../../context';
import { offerRows } from '../../domain/offer-overview';
import { checkYear, yearBounds } from '../../domain/report-year';
import { offerCounts } from './offer-overview.repository';
import type { OfferOverview } from './offer-overview.type';

/** A prison's offer in a year, from reporting's own projections (the policy checked the caller reads its figures). */
export async function offerOverview({ prisma }: Context, prisonId: string, year: number): Promise<OfferOverview> {
  checkYear(year);
  const counts = await offerCounts(prisma, prisonId, yearBounds(year), new Date());
  return { prison: { id: prisonId }, year, rows: offerRows(counts) };
}
