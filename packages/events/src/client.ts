import type { Caller } from '@cort/auth';
import type { FeedPage } from './feed';
import { FEED_PATH } from './route';

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
  timeoutMs?: number;
}): Promise<FeedPage> {
  const url = new URL(FEED_PATH, options.baseUrl);
  if (options.after) url.searchParams.set('after', options.after);
  url.searchParams.set('limit', String(options.limit ?? 100));
  const token = await options.signToken({ kind: 'service', service: options.consumer }, options.producer);
  const response = await fetch(url, {
    headers: { authorization: `Bearer ${token}` },
    signal: AbortSignal.timeout(options.timeoutMs ?? 3000),
  });
  if (!response.ok) throw new Error(`The ${options.producer} event feed answered ${response.status}.`);
  return (await response.json()) as FeedPage;
}
