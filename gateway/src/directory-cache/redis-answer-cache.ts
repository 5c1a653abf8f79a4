import { createHash } from 'node:crypto';
import type { Logger } from '@cort/common';
import type { Redis } from 'ioredis';
import { closeRedis, connectRedis } from '../redis';
import type { AnswerCache, CachedAnswer } from './answer-cache';

/** Keeps an answer only if nothing was dropped since it was computed, then tags it (KEYS: generation, entry, tags…). */
const KEEP = `
if tostring(redis.call('GET', KEYS[1]) or '0') ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[2], ARGV[2], 'PX', ARGV[3])
for i = 3, #KEYS do
  redis.call('SADD', KEYS[i], KEYS[2])
  -- A tag lives as long as its longest entry.
  if redis.call('PTTL', KEYS[i]) < tonumber(ARGV[3]) then redis.call('PEXPIRE', KEYS[i], ARGV[3]) end
end
return 1`;

/** Moves the generation on, then deletes every entry of each tag and the tag (KEYS: generation, tags…). */
const DROP = `
redis.call('INCR', KEYS[1])
for i = 2, #KEYS do
  local entries = redis.call('SMEMBERS', KEYS[i])
  for _, entry in ipairs(entries) do redis.call('DEL', entry) end
  redis.call('DEL', KEYS[i])
end
return 1`;

/**
 * The directory's answers in the Redis every gateway shares: a hit on one gateway is a hit on all, and a
 * drop on one drops for all. Keep and drop are scripts, so that no answer computed across a change is
 * kept after it (the generation is compared in the same step that writes). While Redis is away, every
 * request is a miss (the graph answers, a little slower) and nothing is kept; what Redis kept expires on
 * its own within the max-age.
 */
export class RedisAnswerCache implements AnswerCache {
  private readonly redis: Redis;

  constructor(
    url: string,
    private readonly prefix: string,
    logger: Logger,
  ) {
    this.redis = connectRedis(url, logger, {
      lost: 'directory cache: Redis unreachable, the directory is answered by the graph until it is back',
      back: 'directory cache: Redis is back',
    });
    // A Redis down at start is not fatal: requests are misses until it comes up.
    this.redis.connect().catch(() => undefined);
  }

  private entryKey = (key: string) => `${this.prefix}:answer:${createHash('sha256').update(key).digest('base64url')}`;
  private tagKey = (tag: string) => `${this.prefix}:tag:${tag}`;
  private get generationKey() {
    return `${this.prefix}:generation`;
  }

  async get(key: string): Promise<CachedAnswer | undefined> {
    const stored = await this.redis.get(this.entryKey(key)).catch(() => null);
    return stored === null ? undefined : (JSON.parse(stored) as CachedAnswer);
  }

  async generation() {
    // Unreachable: a generation no script will match, so nothing is kept.
    return Number((await this.redis.get(this.generationKey).catch(() => 'unreachable')) ?? 0);
  }

  async keep(key: string, answer: CachedAnswer, tags: readonly string[], ttlMs: number, generation: number) {
    if (!Number.isFinite(generation) || ttlMs <= 0) return;
    const keys = [this.generationKey, this.entryKey(key), ...tags.map(this.tagKey)];
    await this.redis.eval(KEEP, keys.length, ...keys, String(generation), JSON.stringify(answer), String(ttlMs)).catch(() => undefined);
  }

  async drop(tags: readonly string[]) {
    const keys = [this.generationKey, ...tags.map(this.tagKey)];
    await this.redis.eval(DROP, keys.length, ...keys);
  }

  async close() {
    await closeRedis(this.redis);
  }
}
