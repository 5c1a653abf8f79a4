import DataLoader from 'dataloader';
import { byKey } from '@cort/subgraph';
import type { PrismaClient } from './generated/prisma/client';

// Reads that requests running at the same time share: the keys asked for while the event loop goes round once
// are read in one statement, and each request gets its own row. Enrolment requests that arrive together on one
// activity (#17's burst) read their participants and the activity this way before they queue. Nothing is
// cached: every read is made after the request asked for it, as fresh as its own would be.

function coalesced<T>(read: (keys: string[]) => Promise<T[]>, keyOf: (row: T) => string) {
  return new DataLoader<string, T | null>(async (keys) => byKey(keys, await read([...new Set(keys)]), keyOf), {
    cache: false,
    // No statement lists more keys than this (the audit writer's rows are capped likewise).
    maxBatchSize: 1_000,
    batchScheduleFn: (run) => setImmediate(run),
  });
}

function createCoalescedReads(prisma: PrismaClient) {
  return {
    participant: coalesced(
      (ids) => prisma.participant.findMany({ where: { id: { in: ids } } }),
      (p) => p.id,
    ),
    /** The enrolment an earlier request made under each idempotency key. */
    enrolmentByKey: coalesced(
      (keys) => prisma.enrolment.findMany({ where: { idempotencyKey: { in: keys } } }),
      (e) => e.idempotencyKey,
    ),
    activityView: coalesced(
      (ids) => prisma.activityView.findMany({ where: { id: { in: ids } } }),
      (a) => a.id,
    ),
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
