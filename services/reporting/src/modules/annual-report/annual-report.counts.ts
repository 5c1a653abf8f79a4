import type { PrismaClient } from '../../generated/prisma/client';
import type { YearCounts } from '../../domain/annual-report';
import { actionPlanFigures, partnerFigures } from '../partner-figures/partner-figures.repository';
import {
  cancellationRows,
  dropoutRows,
  markRows,
  monthRows,
  needsRows,
  offerRows,
  targetGroupRows,
  waitingRows,
  type Span,
} from './annual-report.repository';

const emptyYear = (): YearCounts => ({
  offer: {},
  targetGroups: {},
  marks: {},
  markedParticipants: {},
  cancellations: {},
  dropouts: {},
  waiting: {},
  needs: { wishes: 0, answered: 0 },
  partners: { organisations: 0, staff: 0, volunteers: 0, volunteerHours: 0 },
  actionPlan: { actions: 0, done: 0 },
  months: {},
});

type Db = Pick<PrismaClient, '$queryRaw'> & Parameters<typeof partnerFigures>[0];

/**
 * The exact counts of the year asked and of the year before, from a fixed number of statements whatever the
 * number of prisons, activities, participants or partners (eight for the tables, whose rows are per
 * category, domain, code, reason or month; eight for the partners; one for the action plans).
 */
export async function yearCountsOf(prisma: Db, span: Span, year: number): Promise<[YearCounts, YearCounts]> {
  const [offer, groups, marks, cancellations, dropouts, waiting, needs, partners, actionPlan, months] = await Promise.all([
    offerRows(prisma, span),
    targetGroupRows(prisma, span),
    markRows(prisma, span),
    cancellationRows(prisma, span),
    dropoutRows(prisma, span),
    waitingRows(prisma, span),
    needsRows(prisma, span, year),
    partnerFigures(prisma, span.prisonIds, year),
    actionPlanFigures(prisma, span.prisonIds, year),
    monthRows(prisma, span),
  ]);
  const years: [YearCounts, YearCounts] = [emptyYear(), emptyYear()];
  // cur is 1 for the year asked: it goes first.
  const of = (cur: number) => years[cur === 1 ? 0 : 1];
  for (const { cur, category, domain, ...measures } of offer)
    of(cur).offer[`${category}/${domain}` as keyof YearCounts['offer']] = measures;
  for (const { cur, gender, legalStatus, participants } of groups)
    of(cur).targetGroups[`${gender}/${legalStatus}` as keyof YearCounts['targetGroups']] = participants;
  for (const { cur, category, code, count } of marks) {
    const target = of(cur);
    const key = category as keyof YearCounts['marks'];
    if (code === null) target.markedParticipants[key] = count;
    else target.marks[key] = { ...target.marks[key], [code]: count };
  }
  for (const { cur, reason, count } of cancellations) of(cur).cancellations[reason] = count;
  for (const { cur, reason, count } of dropouts) of(cur).dropouts[reason] = count;
  for (const { cur, category, median, participants } of waiting)
    of(cur).waiting[category as keyof YearCounts['waiting']] = { median, participants };
  for (const { cur, month, ...figures } of months) of(cur).months[month] = figures;
  for (const { cur, wishes, answered } of needs) of(cur).needs = { wishes, answered };
  [years[0].partners, years[1].partners] = partners;
  [years[0].actionPlan, years[1].actionPlan] = actionPlan;
  return years;
}
