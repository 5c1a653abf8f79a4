import { randomUUID } from 'node:crypto';
import { recordEvents } from '@cort/events';
import type { ActivityView, Enrolment, EnrolmentRequester, EnrolmentStatus, Prisma } from '../../generated/prisma/client';
import { isOpen } from '../../domain/enrolment-status';
import { placementsOf } from '../../domain/placement';
import { promotions } from '../../domain/waiting-list';
import { participantsEvents } from '../../events';
import { activityViews } from '../activity/activity.repository';
import { withdrawPending } from '../security-advice/security-advice.repository';
import {
  addChange,
  addChanges,
  changeStatus,
  countEnrolled,
  countPlaces,
  createEnrolments,
  findEnrolment,
  lockActivities,
  openOfActivity,
  openOfParticipant,
  renumberWaitingList,
  waitingListOf,
  type ReasonCodes,
} from './enrolment.repository';

// The steps every change of an activity's enrolments is made of, inside a transaction that holds the
// activity's lock (lockActivity): a coordinator's request or move, the activities feed, a release, the
// demo data. Each writes the enrolment, its history and its event together.

type Tx = Prisma.TransactionClient;

/** The history line and the event of one change; the event carries ids and statuses only (the reason codes stay here). */
async function recordChange(
  tx: Tx,
  enrolment: Enrolment,
  from: EnrolmentStatus | null,
  by: string,
  reason: string | null,
  codes: ReasonCodes = {},
) {
  await addChange(tx, { enrolmentId: enrolment.id, from, to: enrolment.status, by, reason, ...codes });
  // A screening that ends without a place (rejected, withdrawn, closed) withdraws its pending security advice.
  if (from === 'IN_SCREENING' && !isOpen(enrolment.status)) await withdrawPending(tx, enrolment.id);
  const { id: enrolmentId, participantId, activityId, status: to, waitlistPosition } = enrolment;
  await recordEvents(tx, participantsEvents, 'EnrolmentChanged', [{ enrolmentId, participantId, activityId, from, to, waitlistPosition }]);
}

/** Where `count` requests land now, one after another: new ones or approved screenings (the one placement rule, placementsOf). */
async function placementsNow(tx: Tx, activity: ActivityView, screened: boolean, count: number) {
  const { screeningRequired, capacity } = activity;
  return placementsOf({ screeningRequired, screened, capacity, ...(await countPlaces(tx, activity.id)) }, count);
}

/** Where an approved screening or a resumed enrolment lands now: a free place, or the end of the waiting list (screening is behind it). */
const placementNow = async (tx: Tx, activity: ActivityView) => (await placementsNow(tx, activity, true, 1))[0]!;

export interface NewRequest {
  participantId: string;
  idempotencyKey: string;
  requester: EnrolmentRequester;
  requestedOn: Date;
  note: string | null;
  /** Who made it, for its history. */
  by: string;
  /** The enrolment check's warnings acknowledged with it. */
  acknowledgedWarnings?: ReasonCodes['acknowledgedWarnings'];
}

/**
 * Places new requests, in the order given, each as if made right after the one before: into screening, onto a
 * free place, or at the end of the waiting list. The places are counted once, and the enrolments, their
 * history lines and their events are written in one statement each, however many requests (a burst on one
 * activity waits on every statement made under its lock).
 */
export async function placeRequests(tx: Tx, activity: ActivityView, requests: readonly NewRequest[]): Promise<Enrolment[]> {
  if (!requests.length) return [];
  const placements = await placementsNow(tx, activity, false, requests.length);
  const rows = requests.map(({ participantId, idempotencyKey, requester, requestedOn, note }, index) => ({
    id: randomUUID(),
    participantId,
    activityId: activity.id,
    idempotencyKey,
    requester,
    requestedOn,
    note,
    ...placements[index]!,
  }));
  const created = new Map((await createEnrolments(tx, rows)).map((enrolment) => [enrolment.id, enrolment]));
  const enrolments = rows.map((row) => created.get(row.id)!);
  await addChanges(
    tx,
    enrolments.map((enrolment, index) => ({
      enrolmentId: enrolment.id,
      from: null,
      to: enrolment.status,
      by: requests[index]!.by,
      reason: null,
      acknowledgedWarnings: requests[index]!.acknowledgedWarnings ?? [],
    })),
  );
  await recordEvents(
    tx,
    participantsEvents,
    'EnrolmentChanged',
    enrolments.map(({ id: enrolmentId, participantId, activityId, status: to, waitlistPosition }) => ({
      enrolmentId,
      participantId,
      activityId,
      from: null,
      to,
      waitlistPosition,
    })),
  );
  return enrolments;
}

/** Places one new request (see placeRequests). */
export const placeRequest = async (tx: Tx, activity: ActivityView, request: NewRequest) =>
  (await placeRequests(tx, activity, [request]))[0]!;

/** An approved screening goes on as a new request would: a free place, or the end of the waiting list. */
export async function approveScreening(
  tx: Tx,
  enrolment: Enrolment,
  activity: ActivityView,
  by: string,
  reason: string | null,
  acknowledgedWarnings: ReasonCodes['acknowledgedWarnings'] = [],
) {
  const { status, waitlistPosition } = await placementNow(tx, activity);
  const placed = await changeStatus(tx, enrolment.id, enrolment.status, status, waitlistPosition);
  await recordChange(tx, placed, enrolment.status, by, reason, { acknowledgedWarnings });
  return placed;
}

/**
 * A participant who dropped out resumes after the follow-up conversation (outcome RESUMED): they land
 * as an approved request would, on a free place or at the end of the waiting list (callers hold the
 * activity's lock). The transition table allows it on that occasion only.
 */
export async function resumeEnrolment(tx: Tx, enrolment: Enrolment, activity: ActivityView, by: string, reason: string) {
  const { status, waitlistPosition } = await placementNow(tx, activity);
  const resumed = await changeStatus(tx, enrolment.id, enrolment.status, status, waitlistPosition, 'RESUMED');
  await recordChange(tx, resumed, enrolment.status, by, reason);
  return resumed;
}

/** Moves an enrolment on (a final status clears its waiting-list place) and records the change. */
async function moveEnrolment(
  tx: Tx,
  enrolment: Enrolment,
  to: EnrolmentStatus,
  by: string,
  reason: string | null,
  codes: ReasonCodes = {},
) {
  const moved = await changeStatus(tx, enrolment.id, enrolment.status, to);
  await recordChange(tx, moved, enrolment.status, by, reason, codes);
  return moved;
}

/**
 * Hands free places to the head of the waiting list, exactly once (callers hold the activity's lock),
 * and closes the gaps in the list. A lowered capacity promotes nobody; a raised one may promote several.
 */
export async function fillFreePlaces(tx: Tx, activity: Pick<ActivityView, 'id' | 'capacity'>, by: string) {
  const [enrolled, waitlist] = await Promise.all([countEnrolled(tx, activity.id), waitingListOf(tx, activity.id)]);
  const places = waitlist.map((w) => ({ id: w.id, position: w.waitlistPosition ?? 0 }));
  const promoted = new Set(promotions({ capacity: activity.capacity, enrolled, waitlist: places }));
  for (const waiting of waitlist.filter((w) => promoted.has(w.id)))
    await moveEnrolment(tx, waiting, 'ENROLLED', by, 'A place became free.');
  await renumberWaitingList(tx, activity.id);
}

/** Moves an enrolment on, then hands freed places to the head of the waiting list, exactly once. */
export async function moveAndRebalance(
  tx: Tx,
  enrolment: Enrolment,
  activity: ActivityView,
  to: EnrolmentStatus,
  by: string,
  reason: string | null,
  codes: ReasonCodes = {},
) {
  const moved = await moveEnrolment(tx, enrolment, to, by, reason, codes);
  await fillFreePlaces(tx, activity, by);
  return moved;
}

/** Closes every open enrolment of an activity that was cancelled or archived: nobody is promoted. */
export async function closeOpenEnrolments(tx: Tx, activityId: string, by: string, reason: string) {
  for (const enrolment of await openOfActivity(tx, activityId)) await moveEnrolment(tx, enrolment, 'WITHDRAWN', by, reason);
}

/**
 * A participant who leaves the prison (released, transferred) leaves every activity: their open
 * enrolments are withdrawn with that reason, and each place freed goes to the head of its waiting list.
 * Takes the activities' locks itself.
 */
export async function withdrawOpenEnrolments(tx: Tx, participantId: string, by: string, reason: string) {
  const open = await openOfParticipant(tx, participantId);
  await lockActivities(
    tx,
    open.map((e) => e.activityId),
  );
  const activities = await activityViews(
    tx,
    open.map((e) => e.activityId),
  );
  for (const enrolment of open) {
    // Read again under the lock: a promotion may have moved it meanwhile.
    const fresh = await findEnrolment(tx, enrolment.id);
    if (!fresh || !isOpen(fresh.status)) continue;
    await moveEnrolment(tx, fresh, 'WITHDRAWN', by, reason);
    const activity = activities.find((a) => a.id === fresh.activityId);
    if (activity) await fillFreePlaces(tx, activity, by);
  }
}
