import { outboxRow } from '@cort/events';
import type { ActivityView, Enrolment, EnrolmentStatus, Prisma } from '../../generated/prisma/client';
import { isOpen, OPEN_STATUSES } from '../../domain/enrolment-status';
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

/** Several activities' locks, always in the same order, so two such transactions cannot deadlock. */
export async function lockActivities(tx: Tx, activityIds: readonly string[]) {
  for (const id of [...new Set(activityIds)].sort()) await lockActivity(tx, id);
}

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

/** Moves an enrolment on (a final status clears its waiting-list place) and records the change. */
export async function moveEnrolment(tx: Tx, enrolment: Enrolment, to: EnrolmentStatus, by: string, reason: string | null) {
  const moved = await tx.enrolment.update({ where: { id: enrolment.id }, data: { status: to, waitlistPosition: null } });
  await record(tx, moved, enrolment.status, by, reason);
  return moved;
}

/**
 * Hands free places to the head of the waiting list, exactly once (callers hold the activity's lock),
 * and closes the gaps in the list. A lowered capacity promotes nobody; a raised one may promote several.
 */
export async function fillFreePlaces(tx: Tx, activity: Pick<ActivityView, 'id' | 'capacity'>, by: string) {
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
  const moved = await moveEnrolment(tx, enrolment, to, by, reason);
  await fillFreePlaces(tx, activity, by);
  return moved;
}

/** An approved screening goes on as a new request would: a free place, or the end of the waiting list. */
export async function approveScreening(tx: Tx, enrolment: Enrolment, activity: ActivityView, by: string, reason: string | null) {
  const [enrolled, waiting] = await Promise.all([
    tx.enrolment.count({ where: { activityId: activity.id, status: 'ENROLLED' } }),
    tx.enrolment.count({ where: { activityId: activity.id, status: 'WAITLISTED' } }),
  ]);
  const status = placementOf({
    screeningRequired: activity.screeningRequired,
    screened: true,
    enrolled,
    capacity: activity.capacity,
    waiting,
  });
  const placed = await tx.enrolment.update({
    where: { id: enrolment.id },
    data: { status, waitlistPosition: status === 'WAITLISTED' ? waiting + 1 : null },
  });
  await record(tx, placed, enrolment.status, by, reason);
  return placed;
}

/** Closes every open enrolment of an activity that was cancelled or archived: nobody is promoted. */
export async function closeOpenEnrolments(tx: Tx, activityId: string, by: string, reason: string) {
  const open = await tx.enrolment.findMany({ where: { activityId, status: { in: [...OPEN_STATUSES] } } });
  for (const enrolment of open) await moveEnrolment(tx, enrolment, 'WITHDRAWN', by, reason);
}

/**
 * A participant who leaves the prison (released, transferred) leaves every activity: their open
 * enrolments are withdrawn with that reason, and each place freed goes to the head of its waiting list.
 */
export async function withdrawOpenEnrolments(tx: Tx, participantId: string, by: string, reason: string) {
  const open = await tx.enrolment.findMany({ where: { participantId, status: { in: [...OPEN_STATUSES] } } });
  await lockActivities(
    tx,
    open.map((e) => e.activityId),
  );
  const activities = await tx.activityView.findMany({ where: { id: { in: open.map((e) => e.activityId) } } });
  for (const enrolment of open) {
    // Read again under the lock: a promotion may have moved it meanwhile.
    const fresh = await tx.enrolment.findUniqueOrThrow({ where: { id: enrolment.id } });
    if (!isOpen(fresh.status)) continue;
    await moveEnrolment(tx, fresh, 'WITHDRAWN', by, reason);
    const activity = activities.find((a) => a.id === fresh.activityId);
    if (activity) await fillFreePlaces(tx, activity, by);
  }
}

/**
 * Holds the participant until the transaction ends: a release or transfer takes the same lock before it
 * closes the record, so it waits for an enrolment being made and then withdraws it too, and an enrolment
 * made after it sees the participant gone. Taken before the activity's lock, in the same order as a
 * release takes them, so the two cannot deadlock. An advisory lock, not a row lock: a transaction queued
 * behind it holds no transaction id, so it does not hold back the event feeds. False when no longer in
 * custody.
 */
export async function holdInCustody(tx: Tx, participantId: string) {
  await lockParticipant(tx, participantId);
  const participant = await tx.participant.findUnique({ where: { id: participantId }, select: { status: true } });
  return participant?.status === 'IN_CUSTODY';
}

export const lockParticipant = (tx: Tx, participantId: string) =>
  tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`participant:${participantId}`}))`;
