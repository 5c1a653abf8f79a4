import { badUserInput, byKey, conflict } from '@cort/subgraph';
import {
  Prisma,
  type DropoutReason,
  type EnrolmentRequester,
  type EnrolmentStatus,
  type EnrolmentWarningCode,
  type PrismaClient,
  type RejectionReason,
} from '../../generated/prisma/client';
import { canMove, isOpen, moveProblem, OPEN_STATUSES, type MoveOccasion } from '../../domain/enrolment-status';
import type { Placement } from '../../domain/placement';

type Tx = Prisma.TransactionClient;
type Reader = PrismaClient | Tx;

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

export const findEnrolment = (db: Reader, id: string) => db.enrolment.findUnique({ where: { id } });

/** An enrolment with its participant, whose prison decides who sees it. */
export const findEnrolmentWithParticipant = (db: Reader, id: string) =>
  db.enrolment.findUnique({ where: { id }, include: { participant: true } });

/** The enrolment made under each key, or null (coalesced-reads.ts); each key listed once. */
export const enrolmentsByKey = async (db: Reader, keys: readonly string[]) =>
  byKey(keys, await db.enrolment.findMany({ where: { idempotencyKey: { in: [...new Set(keys)] } } }), (e) => e.idempotencyKey);

export const findByIdempotencyKey = (db: Reader, idempotencyKey: string) => db.enrolment.findUnique({ where: { idempotencyKey } });

/** The change a client's key was kept with (a withdrawal's), if any. */
export const findChangeByKey = (db: Reader, idempotencyKey: string) =>
  db.enrolmentChange.findUnique({ where: { idempotencyKey }, select: { enrolmentId: true, to: true } });

/** The participant's open enrolment in the activity, if any (at most one: a partial unique index). */
export const findOpen = (tx: Reader, participantId: string, activityId: string) =>
  tx.enrolment.findFirst({ where: { participantId, activityId, status: { in: [...OPEN_STATUSES] } } });

export const openOfActivity = (tx: Tx, activityId: string) =>
  tx.enrolment.findMany({ where: { activityId, status: { in: [...OPEN_STATUSES] } } });

export const openOfParticipant = (tx: Tx, participantId: string) =>
  tx.enrolment.findMany({ where: { participantId, status: { in: [...OPEN_STATUSES] } } });

/**
 * Under the activity's lock, what a group of requests must know about their keys and participants in one
 * statement (a burst on one activity waits on every statement made under that lock): the enrolments earlier
 * requests made under these keys, and each participant's open enrolment in the activity.
 */
export async function keysAndOpen(tx: Tx, idempotencyKeys: readonly string[], participantIds: readonly string[], activityId: string) {
  const found = await tx.enrolment.findMany({
    where: {
      OR: [
        { idempotencyKey: { in: [...idempotencyKeys] } },
        { participantId: { in: [...participantIds] }, activityId, status: { in: [...OPEN_STATUSES] } },
      ],
    },
  });
  const keys = new Set(idempotencyKeys);
  return {
    earlier: new Map(found.filter((e) => keys.has(e.idempotencyKey)).map((e) => [e.idempotencyKey, e])),
    open: new Map(found.filter((e) => e.activityId === activityId && isOpen(e.status)).map((e) => [e.participantId, e])),
  };
}

export const countEnrolled = (tx: Tx, activityId: string) => tx.enrolment.count({ where: { activityId, status: 'ENROLLED' } });

/** How many hold a place and how many wait, in one statement. */
export async function countPlaces(tx: Tx, activityId: string) {
  const counts = await tx.enrolment.groupBy({
    by: ['status'],
    where: { activityId, status: { in: ['ENROLLED', 'WAITLISTED'] } },
    _count: { _all: true },
  });
  const of = (status: EnrolmentStatus) => counts.find((row) => row.status === status)?._count._all ?? 0;
  return { enrolled: of('ENROLLED'), waiting: of('WAITLISTED') };
}

/** The waiting list, head first. */
export const waitingListOf = (tx: Tx, activityId: string) =>
  tx.enrolment.findMany({ where: { activityId, status: 'WAITLISTED' }, orderBy: { waitlistPosition: 'asc' } });

/** New enrolments, already placed: a request lands in screening, on a place or on the waiting list, never elsewhere. */
export const createEnrolments = (
  tx: Tx,
  data: {
    id: string;
    participantId: string;
    activityId: string;
    idempotencyKey: string;
    requester: EnrolmentRequester;
    requestedOn: Date;
    note: string | null;
    status: Placement;
    waitlistPosition: number | null;
  }[],
) => tx.enrolment.createManyAndReturn({ data });

/**
 * The one write of an enrolment's status: refused unless the transition table allows `from → to` (on the
 * occasion given, e.g. RESUMED after a follow-up conversation), and only while the row still has `from`
 * (whoever changed it meanwhile wins; this write then fails). Any status but WAITLISTED leaves the waiting list.
 */
export async function changeStatus(
  tx: Tx,
  id: string,
  from: EnrolmentStatus,
  to: EnrolmentStatus,
  waitlistPosition: number | null = null,
  occasion?: MoveOccasion,
) {
  if (!canMove(from, to, occasion)) throw badUserInput(moveProblem(from, to, occasion)!, 'id', { status: from });
  try {
    return await tx.enrolment.update({
      where: { id, status: from },
      data: { status: to, waitlistPosition: to === 'WAITLISTED' ? waitlistPosition : null },
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2025')
      throw conflict('The enrolment was changed by someone else meanwhile; reload and try again.');
    throw error;
  }
}

/** The structured reason of a change beside its free text: why they left (withdrawal, dropout), or why a screening rejected them. */
export interface ReasonCodes {
  dropoutReason?: DropoutReason | null;
  rejectionReason?: RejectionReason | null;
  /** The enrolment check's warnings the coordinator acknowledged with a request or an approval. */
  acknowledgedWarnings?: EnrolmentWarningCode[];
  /** The client's key of the request that made the change (a withdrawal's), so that a retry finds it. */
  idempotencyKey?: string | null;
}

type Change = { enrolmentId: string; from: EnrolmentStatus | null; to: EnrolmentStatus; by: string; reason: string | null } & ReasonCodes;

/** One line of an enrolment's history. */
export const addChange = (tx: Tx, change: Change) => tx.enrolmentChange.create({ data: change });

/** Lines of several enrolments' histories, in one statement. */
export const addChanges = (tx: Tx, changes: Change[]) => tx.enrolmentChange.createMany({ data: changes });

/** Closes the gaps in an activity's waiting list: positions 1..n in the order people joined it, in one statement. */
export const renumberWaitingList = (tx: Tx, activityId: string) => tx.$executeRaw`
    UPDATE "Enrolment" AS e SET "waitlistPosition" = ranked.place
      FROM (SELECT "id", ROW_NUMBER() OVER (ORDER BY "waitlistPosition", "createdAt", "id")::int AS place
              FROM "Enrolment" WHERE "activityId" = ${activityId} AND "status" = 'WAITLISTED') AS ranked
     WHERE e."id" = ranked."id" AND e."waitlistPosition" IS DISTINCT FROM ranked.place`;
