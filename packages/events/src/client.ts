import type { Caller } from '@cort/auth';
import type { FeedPage } from './feed';
import { FEED_PATH, MAX_FEED_PAGE } from './route';

/**
 * Pulls one page of another service's feed, as this service (an internal token whose audience is the
 * producer). The consumer applies the events and stores the returned cursor in one transaction.
 */
export async function pullEvents(options: {
  /** The producer's base URL, e.g. http://127.0.0.1:4001 */
  baseUrl: string;
  consumer: string;
  producer: string;
  signToken(caller: Caller, audience: string): Promise<string>;
  after?: string | null;
  limit?: number;
  /** `end`: no events, the cursor after the last one (where a consumer without memory starts). */
  at?: 'end';
  timeoutMs?: number;
}): Promise<FeedPage> {
  const url = new URL(FEED_PATH, options.baseUrl);
  if (options.at) url.searchParams.set('at', options.at);
  else {
    if (options.after) url.searchParams.set('after', options.after);
    url.searchParams.set('limit', String(options.limit ?? 100));
  }
  const token = await options.signToken({ kind: 'service', service: options.consumer }, options.producer);
  const response = await fetch(url, {
    headers: { authorization: `Bearer ${token}` },
    signal: AbortSignal.timeout(options.timeoutMs ?? 3000),
  });
  if (!response.ok) throw new Error(`The ${options.producer} event feed answered ${response.status}.`);
  return (await response.json()) as FeedPage;
}

/**
 * Another subgraph's feed as this service reads it: the producer serves it at the origin of its GraphQL
 * URL; each call pulls one page after a cursor.
 */
export function feedOf(options: {
  consumer: string;
  producer: string;
  /** The producer's GraphQL URL, e.g. http://127.0.0.1:4001/graphql (as configured for the gateway). */
  graphqlUrl: string;
  signToken(caller: Caller, audience: string): Promise<string>;
}): (after: string | null) => Promise<FeedPage> {
  const baseUrl = new URL(options.graphqlUrl).origin;
  return (after) => pullEvents({ ...options, baseUrl, after, limit: MAX_FEED_PAGE });
}

/** FEED_POLL_INTERVAL_MS: how often a service catches up on the feeds it follows (default 500 ms). */
export function feedPollIntervalMs(env: NodeJS.ProcessEnv): number {
  const interval = Number(env.FEED_POLL_INTERVAL_MS ?? 500);
  if (!Number.isInteger(interval) || interval < 10)
    throw new Error('FEED_POLL_INTERVAL_MS must be a whole number of milliseconds (at least 10).');
  return interval;
}
