import type { Prisma, PrismaClient } from '../../generated/prisma/client';
import { findDoubleBookings, type PlannedSession } from '../../domain/schedule';
import { conflict } from '@cort/subgraph';

type Tx = Prisma.TransactionClient;

/**
 * Books rooms for new sessions. A per-room advisory lock held until the transaction ends makes the
 * overlap check and the insert one step, so two coordinators can never book the same room at once.
 */
export async function bookSessions(tx: Tx, activityId: string, planned: PlannedSession[]) {
  if (!planned.length) return [];
  const locationIds = [...new Set(planned.map((session) => session.locationId))].sort();
  for (const locationId of locationIds) {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`location:${locationId}`}))`;
  }
  const from = new Date(Math.min(...planned.map((s) => s.startsAt.getTime())));
  const to = new Date(Math.max(...planned.map((s) => s.endsAt.getTime())));
  const booked = await tx.session.findMany({
    where: { locationId: { in: locationIds }, status: { not: 'CANCELLED' }, startsAt: { lt: to }, endsAt: { gt: from } },
    select: { id: true, locationId: true, startsAt: true, endsAt: true },
  });
  const clash = findDoubleBookings(planned, booked)[0];
  if (clash) {
    const other = clash.clashesWith;
    throw conflict(
      `The room is already booked from ${other.startsAt.toISOString()} to ${other.endsAt.toISOString()}; choose another room or time.`,
      { field: 'sessions', locationId: clash.planned.locationId, ...('id' in other ? { sessionId: other.id } : {}) },
    );
  }
  return tx.session.createManyAndReturn({
    data: planned.map((session) => ({ activityId, ...session })),
  });
}

/** The sessions still to happen or be recorded, which a change of period or facilitators must respect. */
export const scheduledSessions = (prisma: PrismaClient | Tx, activityId: string) =>
  prisma.session.findMany({
    where: { activityId, status: 'SCHEDULED' },
    select: { startsAt: true, endsAt: true, locationId: true },
  });
