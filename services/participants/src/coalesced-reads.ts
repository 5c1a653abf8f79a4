import type { PrismaClient } from './generated/prisma/client';
import { coalescedLoader } from './coalesced-loader';
import { activityViewsById } from './modules/activity/activity.repository';
import { enrolmentsByKey } from './modules/enrolment/enrolment.repository';
import { participantsById } from './modules/participant/participant.repository';

// Reads that requests running at the same time share: the keys asked for while the event loop goes round once
// are read in one statement, and each request gets its own row. Enrolment requests that arrive together on one
// activity (#17's burst) read their participants and the activity this way before they queue. Nothing is
// cached: every read is made after the request asked for it, as fresh as its own would be. Each read is the
// one the request's loaders make (loaders.ts).

function createCoalescedReads(prisma: PrismaClient) {
  return {
    participant: coalescedLoader((ids: readonly string[]) => participantsById(prisma, ids)),
    /** The enrolment an earlier request made under each idempotency key. */
    enrolmentByKey: coalescedLoader((keys: readonly string[]) => enrolmentsByKey(prisma, keys)),
    activityView: coalescedLoader((ids: readonly string[]) => activityViewsById(prisma, ids)),
  };
}

export type CoalescedReads = ReturnType<typeof createCoalescedReads>;

/** One set per database client (a test may run several services in one process). */
const reads = new WeakMap<PrismaClient, CoalescedReads>();
export function coalescedReadsOf(prisma: PrismaClient): CoalescedReads {
  let shared = reads.get(prisma);
  if (!shared) reads.set(prisma, (shared = createCoalescedReads(prisma)));
  return shared;
}
