import type { Logger } from '@cort/common';
import { Redis } from 'ioredis';

/** A Redis that answers slower than this is treated as unreachable for that request. */
const REDIS_COMMAND_TIMEOUT_MS = 500;
const REDIS_CONNECT_TIMEOUT_MS = 2000;

/**
 * A connection to the Redis the gateways share (REDIS_URL), not yet connected. No offline queue and short
 * timeouts: while Redis is away, a request never waits for it, nor does the start for long; each user of
 * it falls back on its own (see `messages`). It reconnects on its own, backing off up to 2 s between tries.
 */
export function connectRedis(url: string, logger: Logger, messages: { lost: string; back: string }) {
  const redis = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    commandTimeout: REDIS_COMMAND_TIMEOUT_MS,
    connectTimeout: REDIS_CONNECT_TIMEOUT_MS,
    // On stop, a connection lost earlier would otherwise keep a 2 s timer (and the process) alive.
    disconnectTimeout: 200,
  });
  let reachable = true;
  redis.on('error', (error: Error) => {
    if (reachable) logger.error(messages.lost, { detail: error.message });
    reachable = false;
  });
  redis.on('ready', () => {
    if (!reachable) logger.info(messages.back);
    reachable = true;
  });
  return redis;
}

/** Closes a connection in order when it is up (QUIT), else drops it. */
export async function closeRedis(redis: Redis | undefined) {
  if (redis?.status === 'ready') await redis.quit().catch(() => redis.disconnect());
  else redis?.disconnect();
}
