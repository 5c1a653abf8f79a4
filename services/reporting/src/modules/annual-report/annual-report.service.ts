import type { Context } from '../../context';
import { reportSections } from '../../domain/annual-report-sections';
import { checkYear, yearBounds } from '../../domain/report-year';
import { yearCountsOf } from './annual-report.counts';
import type { AnnualReport } from './annual-report.type';

/** A prison's annual report, from reporting's own projections (the policy checked the caller reads its figures). */
export async function annualReport({ prisma }: Context, prisonId: string, year: number): Promise<AnnualReport> {
  checkYear(year);
  const [counts, previous] = await yearCountsOf(
    prisma,
    {
      prisonIds: [prisonId],
      from: yearBounds(year - 1).from,
      boundary: yearBounds(year).from,
      to: yearBounds(year).to,
      now: new Date(),
    },
    year,
  );
  return { prison: { id: prisonId }, year, ...reportSections(counts, previous) } as AnnualReport;
}
