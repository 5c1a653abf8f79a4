import type { PrismaClient } from '../../generated/prisma/client';
import { yearBounds } from '../../domain/report-year';
import { activeInYear, agreementCovers, quarterHours, sessionHours, validInYear } from '../../domain/partner-figures';

// The annual report's partner figures and action plans' progress, from reporting's projections of the
// organisations feed (and the held sessions of the activities feed): raw counts, one year at a time (the
// report asks again for the year before). Small counts are not suppressed here: they count organisations
// and people of organisations, not detainees; the report decides what it shows.

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

/** A prison's partners in a year. */
export interface PartnerFigures {
  /** Organisations serving the prison with an agreement covering it that held on at least one day of the year. */
  organisations: number;
  /** Staff of the organisations serving the prison who were active on at least one day of the year. */
  staff: number;
  /** Volunteers of those organisations who were active on at least one day of the year. */
  volunteers: number;
  /**
   * Hours recorded by hand for the prison on days of the year, plus the hours of the prison's sessions
   * held in the year (Belgian time), once for each volunteer who facilitated them.
   */
  volunteerHours: number;
}

/** A prison's action plan actions for a year: all of them, and those DONE. */
export interface ActionPlanFigures {
  actions: number;
  done: number;
}

const days = (year: number) => ({ gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) });

/**
 * The annual report's `partners` of a prison in a year (Brussels calendar): the organisations serving it
 * as the organisations feed last said, their agreements, their people's kind and status history, and the
 * hours. About eight statements, whatever the number of partners.
 */
export async function partnerFigures(prisma: Db, prisonId: string, year: number): Promise<PartnerFigures> {
  const organisations = await prisma.reportOrganisation.findMany({ where: { prisonIds: { has: prisonId } } });
  const organisationIds = organisations.map((o) => o.id);
  const prisonsOf = new Map(organisations.map((o) => [o.id, o.prisonIds]));
  const [agreements, people] = await Promise.all([
    prisma.reportAgreement.findMany({ where: { organisationId: { in: organisationIds } } }),
    prisma.reportPerson.findMany({ where: { organisationId: { in: organisationIds } } }),
  ]);
  const statuses = await prisma.reportPersonStatus.findMany({ where: { personId: { in: people.map((p) => p.id) } } });
  const withAgreement = new Set(
    agreements
      .filter((a) => validInYear(a, year) && agreementCovers(a, prisonId, prisonsOf.get(a.organisationId) ?? []))
      .map((a) => a.organisationId),
  );
  const active = people.filter((p) =>
    activeInYear(
      statuses.filter((s) => s.personId === p.id),
      year,
    ),
  );
  return {
    organisations: withAgreement.size,
    staff: active.filter((p) => p.kind === 'STAFF').length,
    volunteers: active.filter((p) => p.kind === 'VOLUNTEER').length,
    volunteerHours: await volunteerHoursIn(prisma, prisonId, year),
  };
}

/** Hours recorded by hand in the prison, plus held sessions' hours for each of their volunteer facilitators. */
async function volunteerHoursIn(prisma: Db, prisonId: string, year: number) {
  const { from, to } = yearBounds(year);
  const [recorded, activities] = await Promise.all([
    prisma.reportVolunteerHours.findMany({ where: { prisonId, date: days(year) }, select: { hours: true } }),
    prisma.reportFacilitation.findMany({
      where: { prisonId, facilitatorIds: { isEmpty: false } },
      select: { activityId: true, facilitatorIds: true },
    }),
  ]);
  const [sessions, volunteers] = await Promise.all([
    prisma.reportSession.findMany({
      where: { activityId: { in: activities.map((a) => a.activityId) }, status: 'HELD', startsAt: { gte: from, lt: to } },
      select: { activityId: true, startsAt: true, endsAt: true },
    }),
    prisma.reportPerson.findMany({ where: { id: { in: [...new Set(activities.flatMap((a) => a.facilitatorIds))] }, kind: 'VOLUNTEER' } }),
  ]);
  const volunteerIds = new Set(volunteers.map((v) => v.id));
  const volunteersOf = new Map(activities.map((a) => [a.activityId, a.facilitatorIds.filter((id) => volunteerIds.has(id)).length]));
  const facilitated = sessions.map((s) => sessionHours(s) * (volunteersOf.get(s.activityId) ?? 0));
  return quarterHours([...recorded.map((r) => r.hours), ...facilitated]);
}

/** The annual report's `actionPlan` of a prison in a year: the actions of its plans for that year (every status, DROPPED too) and those DONE. */
export async function actionPlanFigures(prisma: Db, prisonId: string, year: number): Promise<ActionPlanFigures> {
  const counts = await prisma.reportAction.groupBy({ by: ['status'], where: { prisonId, year }, _count: { _all: true } });
  return {
    actions: counts.reduce((sum, c) => sum + c._count._all, 0),
    done: counts.find((c) => c.status === 'DONE')?._count._all ?? 0,
  };
}
