import { activitiesEvents } from '@cort/activities/events';
import type { Logger, Metrics } from '@cort/common';
import { createFollower, followInBackground, readEvent, type DomainEvent, type FeedPage } from '@cort/events';
import { EVERY_ANSWER, recentPrisons, tagsToDrop, type OfferChange } from './scopes';

export interface OfferChangesOptions {
  /** One page of the activities feed after a cursor. */
  pull(after: string | null): Promise<FeedPage>;
  /** The activities feed's end, where following starts. */
  end(): Promise<FeedPage>;
  /** Drops the kept answers of these tags (the shared cache, and the gateway's own directory answers). */
  drop(tags: string[]): Promise<void>;
  intervalMs: number;
  logger: Logger;
  metrics?: Metrics;
}

export interface OfferChanges {
  /** Whether the gateway follows the feed (its start was found): only then may answers be kept. */
  readonly following: boolean;
  /** Reads the feed to its end now and drops what changed (tests; the background does it every interval). */
  catchUp(): Promise<void>;
  stop(): Promise<void>;
}

/** An event as the directory reads it: the activity and prison it names; an event it cannot read names nothing. */
function offerChangeOf(event: DomainEvent, logger: Logger): OfferChange | undefined {
  const read = readEvent(activitiesEvents, event);
  if (!read.ok) {
    // No dead-letter table in the gateway: the event is answered by dropping every kept answer.
    logger.error('directory cache: an activities event it cannot read, every kept answer dropped', {
      type: event.type,
      reason: read.reason,
    });
    return undefined;
  }
  const payload = read.payload as { activityId?: unknown; prisonId?: unknown };
  return {
    type: read.type,
    ...(typeof payload.activityId === 'string' ? { activityId: payload.activityId } : {}),
    ...(typeof payload.prisonId === 'string' ? { prisonId: payload.prisonId } : {}),
  };
}

/**
 * The gateway follows the activities feed and drops the kept directory answers a change makes stale,
 * within a poll interval (500 ms by default) of the change's commit. It keeps no cursor across restarts
 * (it has no database): a starting gateway begins at the feed's end, and its cache starts empty, so
 * nothing before that can be stale in it. Until the end is found (activities not up yet), nothing is
 * kept. A page is acknowledged only once its drop succeeded: a failed drop is tried again.
 */
export function followOfferChanges(options: OfferChangesOptions): OfferChanges {
  let cursor: string | null = null;
  const prisonOf = recentPrisons();
  const follower = createFollower({
    pull: async (after) => {
      if (after === null) return options.end();
      return options.pull(after);
    },
    storedCursor: async () => cursor,
    applyPage: async (events, next) => {
      const changes = events.map((event) => offerChangeOf(event, options.logger));
      const tags = changes.includes(undefined) ? [EVERY_ANSWER] : tagsToDrop(changes as OfferChange[], prisonOf);
      if (tags.length > 0) await options.drop(tags);
      cursor = next;
    },
  });
  const stop = followInBackground(follower, {
    intervalMs: options.intervalMs,
    producer: 'activities',
    logger: options.logger,
    metrics: options.metrics,
  });
  return {
    get following() {
      return cursor !== null;
    },
    catchUp: () => follower.catchUp(),
    stop,
  };
}
