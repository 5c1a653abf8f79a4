import type { PrismaClient } from '../../generated/prisma/client';
import type { OfferCounts } from '../../domain/offer-overview';
import type { Category } from '../../domain/report-events';

interface CountsRow extends OfferCounts {
  category: Category;
}

/**
 * A prison's counts per category over [from, to), in one statement whatever the number of activities:
 * `ran` is each activity with a session (not cancelled) starting in the period, with how many of those
 * sessions are over by `now` (a draft never ran: its sessions are only planned; a cancelled or archived
 * activity keeps the sessions it held before). Participants are counted distinct per category, not per activity, so
 * someone in two activities of a category counts once.
 */
export async function offerCounts(
  prisma: Pick<PrismaClient, '$queryRaw'>,
  prisonId: string,
  period: { from: Date; to: Date },
  now: Date,
): Promise<Partial<Record<Category, OfferCounts>>> {
  const rows = await prisma.$queryRaw<CountsRow[]>`
    WITH ran AS (
      SELECT a."id", a."category", (count(*) FILTER (WHERE s."endsAt" <= ${now}))::int AS "held"
      FROM "ReportActivity" a
      JOIN "ReportSession" s ON s."activityId" = a."id"
      WHERE a."prisonId" = ${prisonId} AND a."status" <> 'DRAFT' AND NOT s."cancelled" AND s."startsAt" >= ${period.from} AND s."startsAt" < ${period.to}
      GROUP BY a."id", a."category"
    )
    SELECT r."category"::text AS "category",
           count(*)::int AS "activities",
           sum(r."held")::int AS "sessionsHeld",
           (SELECT count(DISTINCT e."participantId")::int
              FROM "ReportEnrolment" e JOIN ran p ON p."id" = e."activityId"
             WHERE p."category" = r."category") AS "participants"
    FROM ran r
    GROUP BY r."category"`;
  return Object.fromEntries(rows.map(({ category, ...counts }) => [category, counts]));
}
