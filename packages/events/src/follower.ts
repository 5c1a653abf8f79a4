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
   * because consumers are idempotent by event id. `after` is the cursor the page was pulled after: a
   * follower sharing its cursor with other replicas stores the page only if the cursor is still that one
   * (stored-follower.ts), and says what became of the page; nothing said means applied.
   */
  applyPage(events: DomainEvent[], cursor: string, after: string | null): Promise<PageOutcome | void>;
}

/**
 * What became of a pulled page: `applied`; `stale`, another replica stored a cursor since the page was
 * pulled (nothing applied: pull again from there); `busy`, another replica is applying a page of this feed
 * right now (nothing applied: it follows the feed, this one tries again on its next catch-up).
 */
export type PageOutcome = 'applied' | 'stale' | 'busy';

export interface CatchUpOptions {
  /**
   * Another replica is applying this feed: return at once, since that one reads on to the end (a
   * background tick). Without it the catch-up pauses and tries again until it reaches the end itself: a
   * request that catches up to find what was just published must see it once catchUp returns.
   */
  skipWhenBusy?: boolean;
}

export interface Follower {
  /** Reads the feed up to its end. One catch-up at a time: a second caller waits, then runs its own. */
  catchUp(options?: CatchUpOptions): Promise<void>;
}

/** How long a catch-up that found another replica applying the feed lets it work before trying again. */
const BUSY_PAUSE_MS = 25;

export function createFollower(options: FollowerOptions): Follower {
  let running: Promise<void> = Promise.resolve();
  const catchUp = async ({ skipWhenBusy = false }: CatchUpOptions = {}) => {
    for (;;) {
      const after = await options.storedCursor();
      const page = await options.pull(after);
      // Nothing new and the cursor where it is: there is nothing to store (no transaction on an idle tick).
      if (!page.events.length && page.cursor === after) return;
      const outcome = (await options.applyPage(page.events, page.cursor, after)) ?? 'applied';
      if (outcome === 'busy') {
        if (skipWhenBusy) return;
        await new Promise((resolve) => setTimeout(resolve, BUSY_PAUSE_MS));
      }
      if (outcome === 'applied' && !page.hasMore) return;
    }
  };
  return {
    catchUp(options) {
      running = running.catch(() => undefined).then(() => catchUp(options));
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
    // A tick is a lease: while another replica applies this feed, this one leaves it to that one.
    pending = inBackgroundTrace(`follow the ${options.producer} feed`, () => follower.catchUp({ skipWhenBusy: true }))
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
