import { outboxRow } from '@cort/events';
import type { ActivityView, Enrolment, EnrolmentStatus, Prisma } from '../../generated/prisma/client';
import { placementOf } from '../../domain/placement';
import { promotions } from '../../domain/waiting-list';

type Tx = Prisma.TransactionClient;

/**
 * Every change to an activity's enrolments takes this lock first, until its transaction ends: the count
 * of ENROLLED, the waiting list order and the placement are then read and written as one step, on
 * PostgreSQL under READ COMMITTED as on PGlite.
 */
export const lockActivity = (tx: Tx, activityId: string) =>
  tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`enrolment:${activityId}`}))`;

async function record(tx: Tx, enrolment: Enrolment, from: EnrolmentStatus | null, by: string, reason: string | null) {
  await tx.enrolmentChange.create({ data: { enrolmentId: enrolment.id, from, to: enrolment.status, by, reason } });
  // Ids and statuses only: who the participant is stays in this service.
  const payload = {
    enrolmentId: enrolment.id,
    participantId: enrolment.participantId,
    activityId: enrolment.activityId,
    from,
    to: enrolment.status,
    waitlistPosition: enrolment.waitlistPosition,
  };
  await tx.outboxEvent.create({
    data: { ...outboxRow({ type: 'EnrolmentChanged', payload }), payload: payload as Prisma.InputJsonObject },
  });
}

/** Places a new request: into screening, onto a free place, or at the end of the waiting list. */
export async function placeRequest(
  tx: Tx,
  activity: ActivityView,
  data: { participantId: string; idempotencyKey: string; requestedBy: string | null; note: string | null },
  by: string,
) {
  const [enrolled, waiting] = await Promise.all([
    tx.enrolment.count({ where: { activityId: activity.id, status: 'ENROLLED' } }),
    tx.enrolment.count({ where: { activityId: activity.id, status: 'WAITLISTED' } }),
  ]);
  const status = placementOf({
    screeningRequired: activity.screeningRequired,
    screened: false,
    enrolled,
    capacity: activity.capacity,
    waiting,
  });
  const enrolment = await tx.enrolment.create({
    data: { ...data, activityId: activity.id, status, waitlistPosition: status === 'WAITLISTED' ? waiting + 1 : null },
  });
  await record(tx, enrolment, null, by, null);
  return enrolment;
}

/** Moves an enrolment on, then hands freed places to the head of the waiting list, exactly once. */
export async function moveAndRebalance(
  tx: Tx,
  enrolment: Enrolment,
  activity: ActivityView,
  to: EnrolmentStatus,
  by: string,
  reason: string | null,
) {
  const moved = await tx.enrolment.update({ where: { id: enrolment.id }, data: { status: to, waitlistPosition: null } });
  await record(tx, moved, enrolment.status, by, reason);
  const [enrolled, waitlist] = await Promise.all([
    tx.enrolment.count({ where: { activityId: activity.id, status: 'ENROLLED' } }),
    tx.enrolment.findMany({ where: { activityId: activity.id, status: 'WAITLISTED' }, orderBy: { waitlistPosition: 'asc' } }),
  ]);
  const promoted = new Set(
    promotions({ capacity: activity.capacity, enrolled, waitlist: waitlist.map((w) => ({ id: w.id, position: w.waitlistPosition ?? 0 })) }),
  );
  for (const waiting of waitlist.filter((w) => promoted.has(w.id))) {
    const now = await tx.enrolment.update({ where: { id: waiting.id }, data: { status: 'ENROLLED', waitlistPosition: null } });
    await record(tx, now, 'WAITLISTED', by, 'A place became free.');
  }
  // Close the gaps: positions 1..n in the order people joined the list, in one statement.
  await tx.$executeRaw`
    UPDATE "Enrolment" AS e SET "waitlistPosition" = ranked.place
      FROM (SELECT "id", ROW_NUMBER() OVER (ORDER BY "waitlistPosition", "createdAt", "id")::int AS place
              FROM "Enrolment" WHERE "activityId" = ${activity.id} AND "status" = 'WAITLISTED') AS ranked
     WHERE e."id" = ranked."id" AND e."waitlistPosition" IS DISTINCT FROM ranked.place`;
  return moved;
}
