import { belgianDate, calendarDate, fromCalendarDate } from '@cort/common';
import { actorOf, badUserInput, conflict, loadForChange, refuseProblems } from '@cort/subgraph';
import { GraphQLError } from 'graphql';
import type { Context } from '../../context';
import {
  Prisma,
  type ActivityView,
  type Enrolment,
  type EnrolmentRequester,
  type Participant,
  type PrismaClient,
} from '../../generated/prisma/client';
import { enrolmentRefusal, type Refusal } from '../../domain/eligibility';
import { requestDay, requestNote } from '../../domain/enrolment-request';
import { nonAssociationWarning, type EnrolmentWarningCode } from '../../domain/enrolment-warnings';
import { idempotencyKeyProblems } from '../../domain/idempotency-key';
import { keptApartFromAnyOf } from '../../domain/non-association';
import { participantScope } from '../../policy';
import { activityToEnrolIn } from '../activity/activity.service';
import { coalescedReadsOf } from '../../coalesced-reads';
import { acknowledgedOrRefused, warningsFrom } from '../enrolment-check/enrolment-check.service';
import { warningFactsOf } from '../enrolment-check/enrolment-check.repository';
import { nonAssociationsOfParticipants } from '../non-association/non-association.repository';
import { lockParticipants, participantsUnderLock } from '../participant/participant.repository';
import { openAdviceIfRequired } from '../security-advice/security-advice.service';
import { findByIdempotencyKey, keysAndOpen, lockActivity } from './enrolment.repository';
import { placeRequests, type NewRequest } from './placement.service';
import { RequestQueue, type Outcome } from './request-queue';

// A coordinator's enrolment request. Requests that queue on the same activity are placed together, in one
// transaction that holds the activity's lock once (a burst of requests on one activity costs one lock, one
// read of the keys, of the warnings' facts and of the places, and one write of each kind for the whole group,
// #17's burst), and each request gets its own answer or its own error. A lone request is a group of one:
// there is one way to place a request. Before it queues, a request reads its participant and the activity
// together with the requests that arrive at the same time; its audit rows are written likewise.

type Tx = Prisma.TransactionClient;

export interface EnrolmentRequest {
  participantId: string;
  activityId: string;
  idempotencyKey: string;
  requester?: EnrolmentRequester | null;
  /** A calendar day (the Date scalar's midnight UTC). */
  requestedOn?: Date | null;
  /** Deprecated free text: added to the note. */
  requestedBy?: string | null;
  note?: string | null;
  /** The enrolment check's warnings the coordinator acknowledges. */
  acknowledgedWarnings?: readonly string[] | null;
}

const ALREADY_OPEN = 'The participant already has an open enrolment in this activity.';

/** A repeated idempotency key must name the same request; another request under it is a client bug. */
export const keyReused = () => conflict('This idempotency key was used for another request.', { field: 'idempotencyKey' });

function sameRequest(enrolment: Pick<Enrolment, 'participantId' | 'activityId'>, request: EnrolmentRequest) {
  if (enrolment.participantId !== request.participantId || enrolment.activityId !== request.activityId) throw keyReused();
}

/** The enrolment an earlier request made under the key, if it was this very request. */
function answerAgain(enrolment: Enrolment, request: EnrolmentRequest) {
  sameRequest(enrolment, request);
  return enrolment;
}

/** A refusal of the eligibility rule as the client reads it: BAD_USER_INPUT on the field it concerns, with the reason code. */
function refuseIneligible(refusal: Refusal | null) {
  if (!refusal) return;
  const field = refusal.reason === 'OTHER_PRISON' || refusal.reason === 'NOT_IN_CUSTODY' ? 'participantId' : 'activityId';
  throw badUserInput(refusal.message, field, { reason: refusal.reason });
}

/** A request checked outside the lock, waiting to be placed with the others of its activity. */
export interface QueuedRequest {
  request: EnrolmentRequest;
  /** The participant and the activity as read before the lock. */
  participant: Participant;
  activity: ActivityView;
  placing: NewRequest;
}

/** The request's day and its activity, and the eligibility rule judged on them, before the request queues. */
async function dayAndActivity(ctx: Context, request: EnrolmentRequest, participant: Participant) {
  const asked = requestDay(request.requestedOn ? calendarDate(request.requestedOn) : null, belgianDate(new Date()));
  if ('refusal' in asked) throw badUserInput(asked.refusal, 'requestedOn');
  const activity = await activityToEnrolIn(ctx, request.activityId);
  refuseIneligible(enrolmentRefusal(participant, activity, new Date()));
  return { day: asked.day, activity };
}

/** Enrols a participant: eligibility first, then screening, a free place or the waiting list. Idempotent by key. */
export async function requestEnrolment(ctx: Context, request: EnrolmentRequest): Promise<Enrolment> {
  // Read together with the participants of the requests that arrive at the same time (coalesced-reads.ts).
  const reads = coalescedReadsOf(ctx.prisma);
  const participant = await loadForChange(ctx.caller, participantScope, request.participantId, (id) => reads.participant.load(id));
  // Only once the caller may change them: the answer's fields read them no second time.
  ctx.loaders.participant.prime(participant.id, participant);
  const key = request.idempotencyKey;
  refuseProblems(idempotencyKeyProblems(key));
  let checked: { day: string; activity: ActivityView };
  try {
    checked = await dayAndActivity(ctx, request, participant);
  } catch (refusal) {
    // The same request sent again is answered as the first time, whatever changed since. The key is read here
    // only when the request would be refused: otherwise its group reads every member's key under the lock.
    if (!(refusal instanceof GraphQLError)) throw refusal;
    const again = await reads.enrolmentByKey.load(key);
    if (again) return answerAgain(again, request);
    throw refusal;
  }
  const { day, activity } = checked;
  const placing: NewRequest = {
    participantId: participant.id,
    idempotencyKey: key,
    requester: request.requester ?? 'OTHER',
    requestedOn: fromCalendarDate(day),
    note: requestNote(request.note, request.requestedBy),
    by: actorOf(ctx.caller),
  };
  try {
    return await queueOf(ctx.prisma).add(activity.id, { request, participant, activity, placing });
  } catch (error) {
    // The database's own guard (unique key, one open enrolment) has the last word.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      const earlier = await findByIdempotencyKey(ctx.prisma, key);
      if (earlier) return answerAgain(earlier, request);
      throw conflict(ALREADY_OPEN, { reason: 'ALREADY_ENROLLED' });
    }
    throw error;
  }
}

/** One queue per database client (a test may run several services in one process), keyed by activity. */
const queues = new WeakMap<PrismaClient, RequestQueue<QueuedRequest, Enrolment>>();
function queueOf(prisma: PrismaClient) {
  let queue = queues.get(prisma);
  if (!queue) queues.set(prisma, (queue = new RequestQueue((_activityId, group) => placeGroup(prisma, group))));
  return queue;
}

/**
 * Places a group in one transaction. Should it fail as a whole (not a request's own refusal, which fails
 * that request only: say the unique key refusing a key another activity's request took at the same time),
 * each request is tried again on its own, so one request's trouble never fails the others.
 */
export async function placeGroup(prisma: PrismaClient, group: QueuedRequest[]): Promise<Outcome<Enrolment>[]> {
  try {
    return await prisma.$transaction((tx) => placeTogether(tx, group));
  } catch (error) {
    if (group.length === 1) return [{ error }];
    const outcomes: Outcome<Enrolment>[] = [];
    for (const member of group) outcomes.push(...(await placeGroup(prisma, [member])));
    return outcomes;
  }
}

/**
 * Under the participants' locks (taken before the activity's, in the same order as a release takes them) and
 * the activity's: each request checked against the participant as they are now, its key, their open
 * enrolments and the warnings, each as if the requests before it in the group were placed already; then those
 * accepted placed in their order.
 */
async function placeTogether(tx: Tx, group: readonly QueuedRequest[]): Promise<Outcome<Enrolment>[]> {
  const activity = group[0]!.activity;
  const participantIds = group.map((member) => member.participant.id);
  await lockParticipants(tx, participantIds);
  // As they are now: a release, a transfer or a change of gender or legal status (updateParticipant takes the
  // same lock) made since the first check is seen, never slipped past.
  const now = new Map((await participantsUnderLock(tx, participantIds)).map((participant) => [participant.id, participant]));
  await lockActivity(tx, activity.id);
  // Under the lock: the same key sent at once by a retrying client finds the first one here.
  const { earlier, open } = await keysAndOpen(
    tx,
    group.map((member) => member.placing.idempotencyKey),
    participantIds,
    activity.id,
  );
  // Someone kept apart from another of the group placed just before them is warned about as if placed apart.
  const nonAssociations = group.length > 1 ? await nonAssociationsOfParticipants(tx, participantIds) : [];
  // The warnings' facts of every member at once: nothing is written before the group is placed, so each
  // member's are what they would be read on their own (those placed earlier in the group are added below).
  const facts = await warningFactsOf(tx, participantIds, activity.id);

  const outcomes: Outcome<Enrolment>[] = new Array(group.length);
  const accepted: { index: number; acknowledged: EnrolmentWarningCode[] }[] = [];
  const placedBy = new Map<string, number>(); // a key placed in this group: which request's
  const answeredAs = new Map<number, number>(); // a request sent again within the group: the first one's index
  const placedParticipants = new Set<string>();
  for (const [index, { request, participant, placing }] of group.entries()) {
    try {
      // The same request sent again is answered as the first time, whatever changed since.
      const before = earlier.get(placing.idempotencyKey);
      if (before) {
        outcomes[index] = { value: answerAgain(before, request) };
        continue;
      }
      const current = now.get(participant.id);
      refuseIneligible(current ? enrolmentRefusal(current, activity, new Date()) : null);
      const first = placedBy.get(placing.idempotencyKey);
      if (first !== undefined) {
        sameRequest(group[first]!.request, request);
        answeredAs.set(index, first);
        continue;
      }
      const already = open.get(participant.id);
      if (already) throw conflict(ALREADY_OPEN, { existingId: already.id, reason: 'ALREADY_ENROLLED' });
      if (placedParticipants.has(participant.id)) throw conflict(ALREADY_OPEN, { reason: 'ALREADY_ENROLLED' });
      // Under the participant's and the activity's locks: someone kept apart placed a moment before is seen.
      const keptApart = keptApartFromAnyOf(nonAssociations, participant.id, placedParticipants);
      const more = keptApart ? [nonAssociationWarning] : [];
      const acknowledged = acknowledgedOrRefused(
        warningsFrom(facts.get(participant.id)!, participant, activity),
        request.acknowledgedWarnings,
        more,
      );
      accepted.push({ index, acknowledged });
      placedBy.set(placing.idempotencyKey, index);
      placedParticipants.add(participant.id);
    } catch (error) {
      // A request's own refusal is its answer; anything else (the database's) fails the group.
      if (!(error instanceof GraphQLError)) throw error;
      outcomes[index] = { error };
    }
  }

  const placed = await placeRequests(
    tx,
    activity,
    accepted.map(({ index, acknowledged }) => ({ ...group[index]!.placing, acknowledgedWarnings: acknowledged })),
  );
  await openAdviceIfRequired(tx, placed, activity);
  for (const [n, enrolment] of placed.entries()) outcomes[accepted[n]!.index] = { value: enrolment };
  for (const [index, first] of answeredAs) outcomes[index] = outcomes[first]!;
  return outcomes;
}
