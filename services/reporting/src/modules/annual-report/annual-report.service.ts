import type { Context } from '../../context';
import { reportSections } from '../../domain/annual-report-sections';
import { prisonsOf, type RegionCode } from '../../domain/regions';
import { checkYear, yearBounds } from '../../domain/report-year';
import { yearCountsOf } from './annual-report.counts';
import type { AnnualReport, RegionReport } from './annual-report.type';

/** The sections of the prisons' report for the year: the same statements for one prison as for a region. */
async function sectionsOf({ prisma }: Context, prisonIds: string[], year: number) {
  checkYear(year);
  const span = { prisonIds, from: yearBounds(year - 1).from, boundary: yearBounds(year).from, to: yearBounds(year).to, now: new Date() };
  const [counts, previous] = await yearCountsOf(prisma, span, year);
  return { year, ...reportSections(counts, previous) };
}

/** A prison's annual report, from reporting's own projections (the policy checked the caller reads its figures). */
export async function annualReport(ctx: Context, prisonId: string, year: number): Promise<AnnualReport> {
  return { prison: { id: prisonId }, ...(await sectionsOf(ctx, [prisonId], year)) } as AnnualReport;
}

/**
 * A region's report: its prisons counted together, then withheld as one report (a region's small cells are
 * withheld like a prison's; its figures are not the sum of the prisons' shown ones).
 */
export async function regionReport(ctx: Context, region: RegionCode, year: number): Promise<RegionReport> {
  return { region, ...(await sectionsOf(ctx, prisonsOf(region), year)) } as RegionReport;
}
