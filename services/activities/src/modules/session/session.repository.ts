import { Prisma, type CancellationReason, type PrismaClient, type Session } from '../../generated/prisma/client';
import type { PlannedSession } from '../../domain/schedule';

type Tx = Prisma.TransactionClient;

export const sessionsByIds = (prisma: PrismaClient, ids: readonly string[]) => prisma.session.findMany({ where: { id: { in: [...ids] } } });

/** Every session of some activities, cancelled ones included, in order. */
export const sessionsOfActivities = (prisma: PrismaClient, activityIds: readonly string[]) =>
  prisma.session.findMany({ where: { activityId: { in: [...activityIds] } }, orderBy: [{ startsAt: 'asc' }, { id: 'asc' }] });

/** The next `first` scheduled sessions from `now` of each activity, in one statement (a window function). */
export const upcomingSessionsOf = (prisma: PrismaClient, activityIds: readonly string[], first: number, now: Date) =>
  prisma.$queryRaw<Session[]>`
    SELECT "id", "activityId", "locationId", "startsAt", "endsAt", "status", "cancellationReason", "cancellationReasonCode", "attendanceRecordedAt" FROM (
      SELECT s.*, ROW_NUMBER() OVER (PARTITION BY s."activityId" ORDER BY s."startsAt", s."id") AS "rank"
      FROM "Session" s
      WHERE s."activityId" IN (${Prisma.join(activityIds)}) AND s."status" = 'SCHEDULED' AND s."startsAt" >= ${now}
    ) ranked
    WHERE "rank" <= ${first}
    ORDER BY "startsAt", "id"`;

/**
 * The next `first` sessions of each activity that have not ended, scheduled and cancelled alike: what a
 * calendar subscriber must learn (a cancelled session stays in the calendar, marked so). One statement.
 */
export const comingSessionsOf = (prisma: PrismaClient, activityIds: readonly string[], first: number, now: Date) =>
  prisma.$queryRaw<Session[]>`
    SELECT "id", "activityId", "locationId", "startsAt", "endsAt", "status", "cancellationReason", "cancellationReasonCode", "attendanceRecordedAt" FROM (
      SELECT s.*, ROW_NUMBER() OVER (PARTITION BY s."activityId" ORDER BY s."startsAt", s."id") AS "rank"
      FROM "Session" s
      WHERE s."activityId" IN (${Prisma.join(activityIds)}) AND s."status" IN ('SCHEDULED', 'CANCELLED') AND s."endsAt" > ${now}
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

/**
 * The sessions that hold one of the rooms at some time between two instants (cancelled ones do not; nor
 * the session being moved, `except`).
 */
export const bookingsOfRooms = (tx: Tx, locationIds: readonly string[], from: Date, to: Date, except?: string) =>
  tx.session.findMany({
    where: {
      locationId: { in: [...locationIds] },
      status: { not: 'CANCELLED' },
      startsAt: { lt: to },
      endsAt: { gt: from },
      ...(except ? { id: { not: except } } : {}),
    },
    select: { id: true, locationId: true, startsAt: true, endsAt: true },
  });

export const insertSessions = (tx: Tx, activityId: string, planned: readonly PlannedSession[]) =>
  tx.session.createManyAndReturn({ data: planned.map((session) => ({ activityId, ...session })) });

// Every status or slot write below is guarded by the state it moves from (domain/session-status.ts):
// whoever calls it, a session whose roll call was recorded, that has started or been changed meanwhile
// is never written, and the caller learns so from the empty answer.

/** Only a session still to come is restored or moved. */
const stillToCome = (now: Date) => ({ startsAt: { gt: now } });
/** A session with a roll call took place: nothing here undoes that. */
const noRollCall = { attendanceRecordedAt: null };

export interface Cancellation {
  reason: string;
  reasonCode: CancellationReason;
}

/**
 * SCHEDULED or HELD → CANCELLED for one session without a roll call (an ended one did not take place
 * after all); null when it was not that any more.
 */
export async function cancelOneSession(tx: Tx, id: string, { reason, reasonCode }: Cancellation): Promise<Session | null> {
  const [cancelled] = await tx.session.updateManyAndReturn({
    where: { id, status: { in: ['SCHEDULED', 'HELD'] }, ...noRollCall },
    data: { status: 'CANCELLED', cancellationReason: reason, cancellationReasonCode: reasonCode },
  });
  return cancelled ?? null;
}

export interface PrisonWindow {
  prisonId: string;
  from: Date;
  to: Date;
  locationId?: string | null;
}

/**
 * SCHEDULED → CANCELLED for every session of a prison's running offer (draft and published activities)
 * that starts in [from, to), optionally in one room, and is still scheduled now (not ended, no roll
 * call): held sessions are never touched. One statement, however many sessions.
 */
export const cancelSessionsInWindow = (tx: Tx, window: PrisonWindow, { reason, reasonCode }: Cancellation, now: Date) =>
  tx.session.updateManyAndReturn({
    where: {
      status: 'SCHEDULED',
      ...noRollCall,
      startsAt: { gte: window.from, lt: window.to },
      endsAt: { gt: now },
      ...(window.locationId ? { locationId: window.locationId } : {}),
      activity: { prisonId: window.prisonId, status: { in: ['DRAFT', 'PUBLISHED'] } },
    },
    data: { status: 'CANCELLED', cancellationReason: reason, cancellationReasonCode: reasonCode },
  });

/** CANCELLED → SCHEDULED for a session that has not started; null when it was not that any more. */
export async function restoreCancelledSession(tx: Tx, id: string, now: Date): Promise<Session | null> {
  const [restored] = await tx.session.updateManyAndReturn({
    where: { id, status: 'CANCELLED', ...stillToCome(now) },
    data: { status: 'SCHEDULED', cancellationReason: null, cancellationReasonCode: null },
  });
  return restored ?? null;
}

/** A scheduled session still to come takes another slot; null when it was not that any more. */
export async function moveScheduledSession(tx: Tx, id: string, slot: PlannedSession, now: Date): Promise<Session | null> {
  const [moved] = await tx.session.updateManyAndReturn({
    where: { id, status: 'SCHEDULED', ...noRollCall, ...stillToCome(now) },
    data: { startsAt: slot.startsAt, endsAt: slot.endsAt, locationId: slot.locationId },
  });
  return moved ?? null;
}

/**
 * SCHEDULED → HELD for up to `limit` sessions that ended by `now` or whose roll call was recorded
 * (`ids`: only those), returning those it wrote. Rows another transaction is marking are skipped (FOR
 * UPDATE SKIP LOCKED) and the condition is read again after the lock: two replicas sweeping at once
 * never write the same session, so each is held, and announced, exactly once.
 */
export function markSessionsHeld(tx: Tx, now: Date, limit: number, ids?: string[]) {
  const due = ids
    ? Prisma.sql`"status" = 'SCHEDULED' AND "id" IN (${Prisma.join(ids)})`
    : Prisma.sql`"status" = 'SCHEDULED' AND "endsAt" <= ${now}`;
  return tx.$queryRaw<Session[]>`
    UPDATE "Session" SET "status" = 'HELD'
    WHERE ${due} AND "id" IN (
      SELECT "id" FROM "Session" WHERE ${due} ORDER BY "endsAt", "id" LIMIT ${limit} FOR UPDATE SKIP LOCKED
    )
    RETURNING *`;
}

/** Notes the first roll call of sessions (the participants feed); returns the ids it noted now. */
export const noteRollCalls = (tx: Tx, sessionIds: string[], at: Date) =>
  tx.session.updateManyAndReturn({
    where: { id: { in: sessionIds }, ...noRollCall },
    data: { attendanceRecordedAt: at },
    select: { id: true },
  });

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
