import type { PrismaClient } from '../../generated/prisma/client';
import type { OfferCounts } from '../../domain/offer-overview';
import type { Category } from '../../domain/report-events';

interface CountsRow extends OfferCounts {
  category: Category;
}

/**
 * A prison's counts per category over [from, to), in one statement whatever the number of activities:
 * `ran` is each activity with a session (not cancelled) starting in the period, with how many of those
 * sessions were held by `now`: the activities service said so (SessionHeld), or they are over — the rule of
 * domain/session-status.ts `reportedStatus` (a draft never ran: its sessions are only planned; a cancelled or
 * archived activity keeps the sessions it held before). A session cancelled (SessionCancelled, of either
 * version) counts nowhere; restored, it counts again; moved, it counts at its new start. Participants are counted distinct per category, not per activity, so
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
      SELECT a."id", a."category", (count(*) FILTER (WHERE s."status" = 'HELD' OR s."endsAt" <= ${now}))::int AS "held"
      FROM "ReportActivity" a
      JOIN "ReportSession" s ON s."activityId" = a."id"
      WHERE a."prisonId" = ${prisonId} AND a."status" <> 'DRAFT' AND s."status" <> 'CANCELLED'
        AND s."startsAt" >= ${period.from} AND s."startsAt" < ${period.to}
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
