import { Prisma, type PrismaClient, type Session } from '../../generated/prisma/client';
import type { PlannedSession } from '../../domain/schedule';

type Tx = Prisma.TransactionClient;

export const sessionsByIds = (prisma: PrismaClient, ids: readonly string[]) => prisma.session.findMany({ where: { id: { in: [...ids] } } });

/** Every session of some activities, cancelled ones included, in order. */
export const sessionsOfActivities = (prisma: PrismaClient, activityIds: readonly string[]) =>
  prisma.session.findMany({ where: { activityId: { in: [...activityIds] } }, orderBy: [{ startsAt: 'asc' }, { id: 'asc' }] });

/** The next `first` scheduled sessions from `now` of each activity, in one statement (a window function). */
export const upcomingSessionsOf = (prisma: PrismaClient, activityIds: readonly string[], first: number, now: Date) =>
  prisma.$queryRaw<Session[]>`
    SELECT "id", "activityId", "locationId", "startsAt", "endsAt", "status", "cancellationReason" FROM (
      SELECT s.*, ROW_NUMBER() OVER (PARTITION BY s."activityId" ORDER BY s."startsAt", s."id") AS "rank"
      FROM "Session" s
      WHERE s."activityId" IN (${Prisma.join(activityIds)}) AND s."status" = 'SCHEDULED' AND s."startsAt" >= ${now}
    ) ranked
    WHERE "rank" <= ${first}
    ORDER BY "startsAt", "id"`;

/** The sessions still to happen or be recorded, which a change of period or facilitators must respect. */
export const scheduledSessions = (prisma: PrismaClient | Tx, activityId: string) =>
  prisma.session.findMany({
    where: { activityId, status: 'SCHEDULED' },
    select: { startsAt: true, endsAt: true, locationId: true },
  });

/** Holds the rooms until the transaction ends (per-room advisory locks, always taken in the same order). */
export async function lockRooms(tx: Tx, locationIds: readonly string[]) {
  for (const locationId of [...locationIds].sort()) {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`location:${locationId}`}))`;
  }
}

/** The sessions that hold one of the rooms at some time between two instants (cancelled ones do not). */
export const bookingsOfRooms = (tx: Tx, locationIds: readonly string[], from: Date, to: Date) =>
  tx.session.findMany({
    where: { locationId: { in: [...locationIds] }, status: { not: 'CANCELLED' }, startsAt: { lt: to }, endsAt: { gt: from } },
    select: { id: true, locationId: true, startsAt: true, endsAt: true },
  });

export const insertSessions = (tx: Tx, activityId: string, planned: readonly PlannedSession[]) =>
  tx.session.createManyAndReturn({ data: planned.map((session) => ({ activityId, ...session })) });

/**
 * SCHEDULED → CANCELLED, written only while the session is still scheduled: whoever calls it, a held or
 * cancelled session is never cancelled (again). Returns the cancelled session, or null when it was not
 * scheduled (any more).
 */
export async function cancelScheduledSession(tx: Tx, id: string, reason: string): Promise<Session | null> {
  const { count } = await tx.session.updateMany({
    where: { id, status: 'SCHEDULED' },
    data: { status: 'CANCELLED', cancellationReason: reason },
  });
  return count ? tx.session.findUniqueOrThrow({ where: { id } }) : null;
}

/** The sessions between two instants of the published activities a partner's filter names, by start time. */
export const sessionsOfPartner = (
  prisma: PrismaClient,
  filter: { prisonIds: string[]; organisationId?: string; facilitatorId?: string },
  from: Date,
  to: Date,
) =>
  prisma.session.findMany({
    where: {
      startsAt: { gte: from, lt: to },
      activity: {
        prisonId: { in: filter.prisonIds },
        status: 'PUBLISHED',
        OR: [
          ...(filter.organisationId ? [{ organisationId: filter.organisationId }] : []),
          ...(filter.facilitatorId ? [{ facilitatorIds: { has: filter.facilitatorId } }] : []),
        ],
      },
    },
    orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
  });
