import type { Logger } from '@cort/common';
import type { PrismaClient } from '../../generated/prisma/client';
import { recordSessionEvents } from './session.events';
import { markSessionsHeld } from './session.repository';

/** Sessions marked per transaction: a long-stopped service catches up in bounded steps. */
const BATCH = 500;

/**
 * Writes HELD on every scheduled session that has ended by `now`, each batch in one transaction with its
 * SessionHeld events. Safe with several replicas at once (markSessionsHeld skips rows another one is
 * writing and re-reads the status after the lock): each session is held, and announced, exactly once.
 * Reads never wait for it (domain/session-status.ts statusAt). Returns how many it marked.
 */
export async function sweepHeldSessions(prisma: PrismaClient, now = new Date()): Promise<number> {
  let total = 0;
  for (;;) {
    const marked = await prisma.$transaction(async (tx) => {
      const held = await markSessionsHeld(tx, now, BATCH);
      await recordSessionEvents(tx, 'SessionHeld', held);
      return held.length;
    });
    total += marked;
    if (marked < BATCH) return total;
  }
}

/**
 * Sweeps at start and then every `intervalMs` beside the server; a slow sweep is not stacked upon and a
 * failure is logged once per run of failures. Returns how to stop, waiting for a running sweep.
 */
export function sweepHeldSessionsInBackground(prisma: PrismaClient, intervalMs: number, logger: Pick<Logger, 'error' | 'info'>) {
  let busy: Promise<void> | null = null;
  let failing = false;
  const sweep = () => {
    busy ??= sweepHeldSessions(prisma)
      .then((count) => {
        failing = false;
        if (count) logger.info('sessions held', { count });
      })
      .catch((error: unknown) => {
        if (!failing) logger.error('cannot mark ended sessions held', { error: error instanceof Error ? error.message : String(error) });
        failing = true;
      })
      .finally(() => void (busy = null));
  };
  sweep();
  const timer = setInterval(sweep, intervalMs);
  return async () => {
    clearInterval(timer);
    await busy;
  };
}
