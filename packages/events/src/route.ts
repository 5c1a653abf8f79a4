import { InternalAuthError, type Caller } from '@cort/auth';
import type { Express } from 'express';
import { readFeed, readFeedEnd } from './feed';

export const FEED_PATH = '/internal/events';
export const MAX_FEED_PAGE = 500;

/**
 * GET /internal/events?after=<cursor>&limit=<n>: the service's domain events for the other services of
 * the graph, in commit order, paged; `?at=end`: no events, the cursor after the last one (see readFeedEnd).
 * Only a service's internal token opens it: never a user's, and never
 * through the gateway. When the producer lists its consumers, any other service is refused too (403): a
 * feed is read by the services that were meant to read it.
 */
export function mountEventFeed(
  app: Express,
  options: {
    db: Parameters<typeof readFeed>[0];
    verifyCaller(authorization: string | undefined): Promise<Caller>;
    /** The services that may read the feed; every service when not given. */
    consumers?: readonly string[];
  },
) {
  app.get(FEED_PATH, async (req, res) => {
    let caller: Caller;
    try {
      caller = await options.verifyCaller(req.headers.authorization);
    } catch (error) {
      // A valid token from an issuer that is not a consumer of this feed: refused, like a non-consumer.
      if (error instanceof InternalAuthError && error.reason === 'issuer') res.status(403).json({ error: 'FORBIDDEN' });
      else res.status(401).json({ error: 'UNAUTHENTICATED' });
      return;
    }
    if (caller.kind !== 'service' || (options.consumers && !options.consumers.includes(caller.service))) {
      res.status(403).json({ error: 'FORBIDDEN' });
      return;
    }
    if (req.query.at !== undefined) {
      if (req.query.at !== 'end') {
        res.status(400).json({ error: 'BAD_USER_INPUT', message: 'at can only be end.' });
        return;
      }
      try {
        res.json(await readFeedEnd(options.db));
      } catch {
        res.status(500).json({ error: 'INTERNAL_SERVER_ERROR' });
      }
      return;
    }
    const limit = req.query.limit === undefined ? 100 : Number(req.query.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_FEED_PAGE) {
      res.status(400).json({ error: 'BAD_USER_INPUT', message: `limit must be between 1 and ${MAX_FEED_PAGE}.` });
      return;
    }
    try {
      res.json(await readFeed(options.db, typeof req.query.after === 'string' ? req.query.after : undefined, limit));
    } catch (error) {
      if (error instanceof RangeError) res.status(400).json({ error: 'BAD_USER_INPUT', message: error.message });
      else res.status(500).json({ error: 'INTERNAL_SERVER_ERROR' });
    }
  });
}
