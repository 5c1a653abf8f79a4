export { type DomainEvent } from './events';
export { defineCatalogue, problemsOf, readEvent, type Catalogue, type EventDefinition, type EventType, type PayloadOf } from './catalogue';
export { recordEvents, type OutboxTransaction } from './outbox';
export { createEventConsumer, inRuns, type DeadLetter, type Handlers, type Outcome, type ReadEvent, type RunHandler } from './consumer';
export { decodeCursor, encodeCursor, readFeed, readFeedEnd, START, type FeedPage, type FeedPosition } from './feed';
export { FEED_PATH, MAX_FEED_PAGE, mountEventFeed } from './route';
export { feedOf, feedPollIntervalMs, pullEvents } from './client';
export { createFollower, followInBackground, type CatchUpOptions, type Follower, type FollowerOptions, type PageOutcome } from './follower';
export {
  applyPageOnce,
  createStoredFollower,
  FEED_LOCK_CLASS,
  tryFeedLock,
  type FeedCursorTable,
  type FeedDatabase,
  type FeedTransaction,
  type LockingTransaction,
  type StoredFollowerOptions,
} from './stored-follower';
