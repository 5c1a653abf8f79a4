import { inBackgroundTrace, type Metrics } from '@cort/common';
import type { DomainEvent } from './events';
import type { FeedPage } from './feed';

export interface FollowerOptions {
  /** One page of the producer's feed after a cursor (null: from the start). */
  pull(after: string | null): Promise<FeedPage>;
  /** The cursor stored by the last applied page, or null. */
  storedCursor(): Promise<string | null>;
  /**
   * Applies a page's events and stores its cursor, in one transaction: a restart then resumes exactly
   * after the last page applied, and a page applied twice (a crash between the two) changes nothing,
   * because consumers are idempotent by event id.
   */
  applyPage(events: DomainEvent[], cursor: string): Promise<void>;
}

export interface Follower {
  /** Reads the feed up to its end. One catch-up at a time: a second caller waits, then runs its own. */
  catchUp(): Promise<void>;
}

export function createFollower(options: FollowerOptions): Follower {
  let running: Promise<void> = Promise.resolve();
  const catchUp = async () => {
    for (;;) {
      const page = await options.pull(await options.storedCursor());
      await options.applyPage(page.events, page.cursor);
      if (!page.hasMore) return;
    }
  };
  return {
    catchUp() {
      running = running.catch(() => undefined).then(catchUp);
      return running;
    },
  };
}

/**
 * Catches up every `intervalMs` beside the server. A slow pull is not stacked upon; a failure is logged
 * once (not every tick) and retried on the next tick. Returns how to stop, waiting for a running pull.
 */
export function followInBackground(
  follower: Follower,
  options: {
    intervalMs: number;
    producer: string;
    logger: { error(message: string, fields?: Record<string, unknown>): void };
    /** The consuming service's metrics: how far behind the feed it is, how often it failed. */
    metrics?: Metrics;
  },
): () => Promise<void> {
  let stopped = false;
  let failing = false;
  let busy = false;
  let pending: Promise<void> = Promise.resolve();
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    pending = inBackgroundTrace(`follow the ${options.producer} feed`, () => follower.catchUp())
      .then(() => {
        failing = false;
        options.metrics?.feedCaughtUp(options.producer);
      })
      .catch((error: unknown) => {
        options.metrics?.feedFailures.inc({ producer: options.producer });
        if (!failing && !stopped)
          options.logger.error(`cannot follow the ${options.producer} feed`, {
            error: error instanceof Error ? error.message : String(error),
          });
        failing = true;
      })
      .finally(() => void (busy = false));
  }, options.intervalMs);
  return async () => {
    stopped = true;
    clearInterval(timer);
    await pending;
  };
}
