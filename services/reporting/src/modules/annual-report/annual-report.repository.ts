import { Prisma, type PrismaClient } from '../../generated/prisma/client';
import { ABSENT_CODES } from '../../domain/annual-report';
import { RATE_CODES } from '../../domain/attendance';

/**
 * The annual report's rows, each table in one statement over the two years at once (the year and the one
 * before), whatever the number of activities: `cur` is 1 for the year asked, 0 for the year before.
 * Sessions count in the year their start falls in (Belgian time); they are the sessions of the prisons'
 * activities that are not drafts and have a domain (rows projected before the domain was kept have none
 * until the activities feed is read again). The same sessions feed the offer's cancelled sessions and the
 * cancellation reasons, so the two tables agree.
 */
export interface Span {
  prisonIds: string[];
  /** Start of the year before, start of the year asked, end of the year asked. */
  from: Date;
  boundary: Date;
  to: Date;
  now: Date;
}

type Db = Pick<PrismaClient, '$queryRaw'>;

const current = (column: Prisma.Sql, span: Span) => Prisma.sql`(CASE WHEN ${column} >= ${span.boundary} THEN 1 ELSE 0 END)`;

/** The sessions in scope, with the activity's category and domain and whether the session was held. */
const sessionsInScope = (span: Span) => Prisma.sql`
  SELECT s."id", a."id" AS "activityId", a."category"::text AS "category", a."domain", s."status", s."cancellationReason",
         ${current(Prisma.sql`s."startsAt"`, span)} AS "cur",
         extract(month FROM (s."startsAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Brussels')::int AS "month",
         (s."status" <> 'CANCELLED' AND (s."status" = 'HELD' OR s."endsAt" <= ${span.now})) AS "held",
         extract(epoch FROM s."endsAt" - s."startsAt") / 3600.0 AS "hours"
    FROM "ReportActivity" a JOIN "ReportSession" s ON s."activityId" = a."id"
   WHERE a."prisonId" = ANY(${span.prisonIds}) AND a."status" <> 'DRAFT' AND a."domain" IS NOT NULL
     AND s."startsAt" >= ${span.from} AND s."startsAt" < ${span.to}`;

export interface OfferRow {
  cur: number;
  category: string;
  domain: string;
  activities: number;
  sessionsHeld: number;
  sessionsCancelled: number;
  hours: number;
  participants: number;
}

export const offerRows = (db: Db, span: Span) => db.$queryRaw<OfferRow[]>`
  WITH s AS (${sessionsInScope(span)}),
  ran AS (SELECT DISTINCT "cur", "activityId", "category", "domain" FROM s WHERE "status" <> 'CANCELLED'),
  people AS (
    SELECT r."cur", r."category", r."domain", count(DISTINCT e."participantId")::int AS "participants"
      FROM ran r JOIN "ReportEnrolment" e ON e."activityId" = r."activityId"
     GROUP BY 1, 2, 3)
  SELECT s."cur"::int AS "cur", s."category", s."domain",
         (count(DISTINCT s."activityId") FILTER (WHERE s."status" <> 'CANCELLED'))::int AS "activities",
         (count(*) FILTER (WHERE s."held"))::int AS "sessionsHeld",
         (count(*) FILTER (WHERE s."status" = 'CANCELLED'))::int AS "sessionsCancelled",
         round(coalesce(sum(s."hours") FILTER (WHERE s."held"), 0))::int AS "hours",
         coalesce(max(p."participants"), 0)::int AS "participants"
    FROM s LEFT JOIN people p ON p."cur" = s."cur" AND p."category" = s."category" AND p."domain" = s."domain"
   GROUP BY 1, 2, 3`;

export interface TargetGroupRow {
  cur: number;
  gender: string;
  legalStatus: string;
  participants: number;
}

/** Each participant once a year, in the group of their latest enrolment among the activities that ran. */
export const targetGroupRows = (db: Db, span: Span) => db.$queryRaw<TargetGroupRow[]>`
  WITH s AS (${sessionsInScope(span)}),
  ran AS (SELECT DISTINCT "cur", "activityId" FROM s WHERE "status" <> 'CANCELLED'),
  people AS (
    SELECT DISTINCT ON (r."cur", e."participantId") r."cur", e."gender", e."legalStatus"
      FROM ran r JOIN "ReportEnrolment" e ON e."activityId" = r."activityId"
     WHERE e."gender" IS NOT NULL AND e."legalStatus" IS NOT NULL
     ORDER BY r."cur", e."participantId", e."enrolledAt" DESC)
  SELECT "cur"::int AS "cur", "gender", "legalStatus", count(*)::int AS "participants" FROM people GROUP BY 1, 2, 3`;

export interface MarkRow {
  cur: number;
  category: string;
  /** Null on the row that counts the category's distinct participants with a mark in the rate. */
  code: string | null;
  count: number;
}

export const markRows = (db: Db, span: Span) => db.$queryRaw<MarkRow[]>`
  WITH s AS (${sessionsInScope(span)}),
  m AS (SELECT s."cur", s."category", a."code", a."participantId" FROM s JOIN "ReportAttendance" a ON a."sessionId" = s."id")
  SELECT "cur"::int AS "cur", "category", "code", count(*)::int AS "count" FROM m GROUP BY 1, 2, 3
  UNION ALL
  SELECT "cur"::int, "category", NULL, count(DISTINCT "participantId") FILTER (WHERE "code" = ANY(${[...RATE_CODES]}))::int
    FROM m GROUP BY 1, 2`;

export interface MonthRow {
  cur: number;
  month: number;
  present: number;
  absent: number;
  participants: number;
}

/**
 * Per month (Belgian time; stored instants are UTC): the marks of the sessions in scope, the same marks as
 * markRows counts, so the months add up to the categories.
 */
export const monthRows = (db: Db, span: Span) => db.$queryRaw<MonthRow[]>`
  WITH s AS (${sessionsInScope(span)})
  SELECT s."cur"::int AS "cur", s."month",
         (count(*) FILTER (WHERE a."code" = 'PRESENT'))::int AS "present",
         (count(*) FILTER (WHERE a."code" = ANY(${[...ABSENT_CODES]})))::int AS "absent",
         (count(DISTINCT a."participantId") FILTER (WHERE a."code" = ANY(${[...RATE_CODES]})))::int AS "participants"
    FROM s JOIN "ReportAttendance" a ON a."sessionId" = s."id"
   GROUP BY 1, 2`;

export interface ReasonRow {
  cur: number;
  reason: string;
  count: number;
}

export const cancellationRows = (db: Db, span: Span) => db.$queryRaw<ReasonRow[]>`
  WITH s AS (${sessionsInScope(span)})
  SELECT "cur"::int AS "cur", coalesce("cancellationReason", 'OTHER') AS "reason", count(*)::int AS "count"
    FROM s WHERE "status" = 'CANCELLED' GROUP BY 1, 2`;

/** Follow-ups opened in the two years and done, once per reason their conversation gave. */
export const dropoutRows = (db: Db, span: Span) => db.$queryRaw<ReasonRow[]>`
  SELECT ${current(Prisma.sql`f."openedAt"`, span)}::int AS "cur", r."reason", count(*)::int AS "count"
    FROM "ReportFollowUp" f CROSS JOIN LATERAL unnest(f."reasons") AS r("reason")
   WHERE f."prisonId" = ANY(${span.prisonIds}) AND f."status" = 'DONE' AND f."openedAt" >= ${span.from} AND f."openedAt" < ${span.to}
   GROUP BY 1, 2`;

export interface WaitingRow {
  cur: number;
  category: string;
  median: number;
  participants: number;
}

/** Enrolments of the two years with a known request time: the median wait in days, and over how many people. */
export const waitingRows = (db: Db, span: Span) => db.$queryRaw<WaitingRow[]>`
  SELECT ${current(Prisma.sql`e."enrolledAt"`, span)}::int AS "cur", a."category"::text AS "category",
         (percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM e."enrolledAt" - e."requestedAt") / 86400.0))::float8 AS "median",
         count(DISTINCT e."participantId")::int AS "participants"
    FROM "ReportEnrolment" e JOIN "ReportActivity" a ON a."id" = e."activityId"
   WHERE a."prisonId" = ANY(${span.prisonIds}) AND e."requestedAt" IS NOT NULL
     AND e."enrolledAt" >= ${span.from} AND e."enrolledAt" < ${span.to}
   GROUP BY 1, 2`;

export interface NeedsRow {
  cur: number;
  wishes: number;
  answered: number;
}

/**
 * Wishes of the assessments that ended in the two years (a calendar day: its year is the one asked or the
 * one before), and those answered by an activity that was published (published or archived now).
 */
export const needsRows = (db: Db, span: Span, year: number) => db.$queryRaw<NeedsRow[]>`
  SELECT (CASE WHEN extract(year FROM n."conductedUntil")::int = ${year}::int THEN 1 ELSE 0 END)::int AS "cur",
         count(*)::int AS "wishes",
         (count(*) FILTER (WHERE EXISTS (
            SELECT 1 FROM "ReportActivityWish" aw JOIN "ReportActivity" a ON a."id" = aw."activityId"
             WHERE aw."wishId" = w."id" AND a."status" IN ('PUBLISHED', 'ARCHIVED'))))::int AS "answered"
    FROM "ReportWish" w JOIN "ReportNeedsAssessment" n ON n."id" = w."assessmentId"
   WHERE n."prisonId" = ANY(${span.prisonIds}) AND extract(year FROM n."conductedUntil")::int IN (${year}::int, ${year - 1}::int)
   GROUP BY 1`;
