import type { PrismaClient } from '../../generated/prisma/client';
import { yearBounds } from '../../domain/report-year';
import { activeInYear, agreementCovers, quarterHours, sessionHours, validInYear } from '../../domain/partner-figures';

// The annual report's partner figures and action plans' progress, from reporting's projections of the
// organisations feed (and the held sessions of the activities feed): raw counts of a set of prisons (one, or a
// region's) for the year asked and the year before, from a fixed number of statements whatever the number of
// prisons, partners or people. The report withholds what it must (domain/annual-report.ts).

type Db = Pick<
  PrismaClient,
  | 'reportOrganisation'
  | 'reportAgreement'
  | 'reportPerson'
  | 'reportPersonStatus'
  | 'reportVolunteerHours'
  | 'reportAction'
  | 'reportFacilitation'
  | 'reportSession'
>;

/** The partners of a set of prisons in a year. */
export interface PartnerFigures {
  /** Organisations serving one of the prisons with an agreement covering it that held on at least one day of the year. */
  organisations: number;
  /** Staff of the organisations serving the prisons who were active on at least one day of the year. */
  staff: number;
  /** Volunteers of those organisations who were active on at least one day of the year. */
  volunteers: number;
  /**
   * Hours recorded by hand for the prisons on days of the year, plus the hours of the prisons' sessions
   * held in the year (Belgian time), once for each volunteer who facilitated them.
   */
  volunteerHours: number;
}

/** The action plan actions of a set of prisons for a year: all of them, and those DONE. */
export interface ActionPlanFigures {
  actions: number;
  done: number;
}

const days = (from: number, to: number) => ({ gte: new Date(Date.UTC(from, 0, 1)), lt: new Date(Date.UTC(to + 1, 0, 1)) });

/**
 * The annual report's `partners` of the prisons for the year asked and the year before (first the year
 * asked): the organisations serving them as the organisations feed last said, their agreements, their
 * people's kind and status history, and the hours. Eight statements, whatever the number of prisons.
 */
export async function partnerFigures(prisma: Db, prisonIds: string[], year: number): Promise<[PartnerFigures, PartnerFigures]> {
  const organisations = await prisma.reportOrganisation.findMany({ where: { prisonIds: { hasSome: prisonIds } } });
  const organisationIds = organisations.map((o) => o.id);
  const prisonsOf = new Map(organisations.map((o) => [o.id, o.prisonIds]));
  const [agreements, people] = await Promise.all([
    prisma.reportAgreement.findMany({ where: { organisationId: { in: organisationIds } } }),
    prisma.reportPerson.findMany({ where: { organisationId: { in: organisationIds } } }),
  ]);
  const statuses = await prisma.reportPersonStatus.findMany({ where: { personId: { in: people.map((p) => p.id) } } });
  const historyOf = new Map<string, typeof statuses>();
  for (const status of statuses) historyOf.set(status.personId, [...(historyOf.get(status.personId) ?? []), status]);
  const hours = await volunteerHoursIn(prisma, prisonIds, year);
  const figuresOf = (y: number): PartnerFigures => {
    const withAgreement = new Set(
      agreements
        .filter((a) => validInYear(a, y) && prisonIds.some((p) => agreementCovers(a, p, prisonsOf.get(a.organisationId) ?? [])))
        .map((a) => a.organisationId),
    );
    const active = people.filter((p) => activeInYear(historyOf.get(p.id) ?? [], y));
    return {
      organisations: withAgreement.size,
      staff: active.filter((p) => p.kind === 'STAFF').length,
      volunteers: active.filter((p) => p.kind === 'VOLUNTEER').length,
      volunteerHours: hours(y),
    };
  };
  return [figuresOf(year), figuresOf(year - 1)];
}

/** Hours recorded by hand in the prisons, plus held sessions' hours for each of their volunteer facilitators, by year. */
async function volunteerHoursIn(prisma: Db, prisonIds: string[], year: number) {
  const [recorded, activities] = await Promise.all([
    prisma.reportVolunteerHours.findMany({
      where: { prisonId: { in: prisonIds }, date: days(year - 1, year) },
      select: { hours: true, date: true },
    }),
    prisma.reportFacilitation.findMany({
      where: { prisonId: { in: prisonIds }, facilitatorIds: { isEmpty: false } },
      select: { activityId: true, facilitatorIds: true },
    }),
  ]);
  const [sessions, volunteers] = await Promise.all([
    prisma.reportSession.findMany({
      where: {
        activityId: { in: activities.map((a) => a.activityId) },
        status: 'HELD',
        startsAt: { gte: yearBounds(year - 1).from, lt: yearBounds(year).to },
      },
      select: { activityId: true, startsAt: true, endsAt: true },
    }),
    prisma.reportPerson.findMany({ where: { id: { in: [...new Set(activities.flatMap((a) => a.facilitatorIds))] }, kind: 'VOLUNTEER' } }),
  ]);
  const volunteerIds = new Set(volunteers.map((v) => v.id));
  const volunteersOf = new Map(activities.map((a) => [a.activityId, a.facilitatorIds.filter((id) => volunteerIds.has(id)).length]));
  return (y: number) => {
    const { from, to } = yearBounds(y);
    const facilitated = sessions
      .filter((s) => s.startsAt >= from && s.startsAt < to)
      .map((s) => sessionHours(s) * (volunteersOf.get(s.activityId) ?? 0));
    return quarterHours([...recorded.filter((r) => r.date.getUTCFullYear() === y).map((r) => r.hours), ...facilitated]);
  };
}

/**
 * The annual report's `actionPlan` of the prisons for the year asked and the year before (first the year
 * asked): the actions of their plans covering that year (every status, DROPPED too) and those DONE; an
 * action of a plan spanning years counts in each year it covers. One statement.
 */
export async function actionPlanFigures(prisma: Db, prisonIds: string[], year: number): Promise<[ActionPlanFigures, ActionPlanFigures]> {
  const counts = await prisma.reportAction.groupBy({
    by: ['year', 'untilYear', 'status'],
    where: { prisonId: { in: prisonIds }, year: { lte: year }, OR: [{ year: { gte: year - 1 } }, { untilYear: { gte: year - 1 } }] },
    _count: { _all: true },
  });
  const figuresOf = (y: number): ActionPlanFigures => {
    const ofYear = counts.filter((c) => c.year <= y && y <= (c.untilYear ?? c.year));
    return {
      actions: ofYear.reduce((sum, c) => sum + c._count._all, 0),
      done: ofYear.filter((c) => c.status === 'DONE').reduce((sum, c) => sum + c._count._all, 0),
    };
  };
  return [figuresOf(year), figuresOf(year - 1)];
}
