export { outboxRow, type DomainEvent, type NewEvent } from './events';
export { decodeCursor, encodeCursor, readFeed, START, type FeedPage, type FeedPosition } from './feed';
export { FEED_PATH, MAX_FEED_PAGE, mountEventFeed } from './route';
export { feedOf, feedPollIntervalMs, pullEvents } from './client';
export { createFollower, followInBackground, type Follower, type FollowerOptions } from './follower';
