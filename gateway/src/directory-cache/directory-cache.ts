import type { InternalSigner } from '@cort/auth';
import type { Logger, Metrics } from '@cort/common';
import { feedOf, pullEvents } from '@cort/events';
import type { IncomingMessage } from 'node:http';
import type { GatewayConfig } from '../config';
import { MemoryAnswerCache, type AnswerCache } from './answer-cache';
import { followOfferChanges, type OfferChanges } from './offer-changes';
import { RedisAnswerCache } from './redis-answer-cache';
import { EVERY_ANSWER } from './scopes';
import { serveDirectoryFromCache, type DirectoryCacheServe } from './serve';
import type { PublicOperations } from '../public-operations';

/**
 * The subgraphs whose data the directory shows (the offer, and the names of the organisations that run
 * it): a mutation sent to one of them may change a public answer.
 */
const DIRECTORY_SOURCES = new Set(['activities', 'organisations']);

/** Something else that hands out directory answers (the feeds' and site's answers being computed) and must forget them with the cache. */
export interface DropsAnswers {
  drop(tags: readonly string[]): void;
}

export interface DirectoryCache {
  /** The /graphql middlewares that answer directory operations from the cache, and keep Apollo's answers on a miss. */
  serve: DirectoryCacheServe;
  /** What the data source of a subgraph runs after each mutation it sends (nothing for subgraphs the directory does not show). */
  afterMutationOf(subgraph: string): (() => Promise<void>) | undefined;
  alsoDrop(other: DropsAnswers): void;
  /** The follower of the activities feed (none without an activities subgraph). */
  offerChanges?: OfferChanges;
  cache: AnswerCache;
  stop(): Promise<void>;
}

/**
 * The directory's answers, kept: in this process, or in Redis for every gateway. Two things drop them.
 * A mutation through this gateway to a subgraph the directory shows drops every answer before its own
 * answer goes back (the coordinator who publishes sees it at once). And the gateway follows the
 * activities feed, dropping within a poll interval the answers of the prison and activity a change
 * names, whoever made it (another gateway, a job). Either way an answer also expires after its max-age.
 */
export function directoryCache(
  config: GatewayConfig,
  dependencies: {
    sign: InternalSigner;
    logger: Logger;
    metrics?: Metrics;
    operations: PublicOperations;
    /** Spends a request of the anonymous budget of a client address (the rate limiter's); false when it is spent. */
    spend(ip: string | undefined): Promise<boolean>;
    /** The client's address as express's `req.ip` gives it. */
    clientIp(req: IncomingMessage): string | undefined;
  },
): DirectoryCache {
  const { logger } = dependencies;
  const { cache: where, maxAgeSeconds, followIntervalMs } = config.directory;
  const cache: AnswerCache = where.redisUrl ? new RedisAnswerCache(where.redisUrl, where.keyPrefix, logger) : new MemoryAnswerCache();
  const others: DropsAnswers[] = [];
  const drop = async (tags: string[]) => {
    for (const other of others) other.drop(tags);
    await cache.drop(tags);
  };

  const activitiesUrl = config.subgraphs.find(({ name }) => name === 'activities')?.url;
  const feed = { consumer: 'gateway', producer: 'activities', signToken: dependencies.sign };
  const offerChanges = activitiesUrl
    ? followOfferChanges({
        pull: feedOf({ ...feed, graphqlUrl: activitiesUrl }),
        end: () => pullEvents({ ...feed, baseUrl: new URL(activitiesUrl).origin, at: 'end' }),
        drop,
        intervalMs: followIntervalMs,
        logger,
        metrics: dependencies.metrics,
      })
    : undefined;

  return {
    serve: serveDirectoryFromCache({
      cache,
      operations: dependencies.operations,
      spend: dependencies.spend,
      clientIp: dependencies.clientIp,
      maxAgeSeconds,
      following: () => offerChanges?.following ?? false,
      metrics: dependencies.metrics,
    }),
    afterMutationOf(subgraph) {
      if (!DIRECTORY_SOURCES.has(subgraph)) return undefined;
      return async () => {
        try {
          await drop([EVERY_ANSWER]);
        } catch (error) {
          logger.error('directory cache: could not drop the answers after a change; they expire within their max-age', {
            detail: error instanceof Error ? error.message : String(error),
          });
        }
      };
    },
    alsoDrop: (other) => void others.push(other),
    offerChanges,
    cache,
    async stop() {
      await offerChanges?.stop();
      await cache.close();
    },
  };
}
