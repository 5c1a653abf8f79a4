import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { annualReport } from './annual-report.service';
import { AnnualReport } from './annual-report.type';

@Resolver(() => AnnualReport)
export class AnnualReportResolver {
  @Query(() => AnnualReport, {
    description:
      "A prison's annual report for a year, each count with the previous year's, small counts and the cells that would give them back withheld.",
  })
  annualReport(
    // Listed in reverse: type-graphql registers parameter decorators last first, and the SDL should read (prisonId, year).
    @Arg('year', () => Int, { description: 'The calendar year, from 2000 to 2100, January to December in Belgian time.' }) year: number,
    @Arg('prisonId', () => ID, { description: 'The code of the prison, one of yours.' }) prisonId: string,
    @Ctx() ctx: Context,
  ): Promise<AnnualReport> {
    return annualReport(ctx, prisonId, year);
  }
}
