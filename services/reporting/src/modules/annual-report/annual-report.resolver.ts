import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { Region } from '../../shared/enums';
import { annualReport, regionReport } from './annual-report.service';
import { AnnualReport, RegionReport } from './annual-report.type';

@Resolver()
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

  @Query(() => RegionReport, {
    description: "The annual report of every prison of a region together, each count with the previous year's, withheld as a prison's.",
  })
  regionReport(
    // Listed in reverse, as annualReport's.
    @Arg('year', () => Int, { description: 'The calendar year, from 2000 to 2100, January to December in Belgian time.' }) year: number,
    @Arg('region', () => Region, { description: 'FLANDERS or BRUSSELS: one where you read the figures of a prison.' }) region: Region,
    @Ctx() ctx: Context,
  ): Promise<RegionReport> {
    return regionReport(ctx, region, year);
  }
}
