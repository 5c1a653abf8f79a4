import { randomUUID } from 'node:crypto';
import type { Logger } from '@cort/common';
import { MemoryAnswerCache, type AnswerCache } from './answer-cache';
import { RedisAnswerCache } from './redis-answer-cache';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const quiet: Logger = { info: () => undefined, error: () => undefined };
const answer = (body: string) => ({ body, etag: `"${body}"`, contentType: 'application/json; charset=utf-8', storedAt: 1 });

// The same promises of both caches: what is kept is served until it expires or a tag of it is dropped,
// and an answer computed across a drop is not kept.
describe.each([
  ['in process', () => new MemoryAnswerCache()],
  ['in Redis', () => new RedisAnswerCache(REDIS_URL, `cort-test-${randomUUID()}`, quiet)],
])('the directory answer cache %s', (_where, make: () => AnswerCache) => {
  let cache: AnswerCache;
  beforeEach(async () => {
    cache = make();
    // Redis connects in the background: wait until it answers.
    for (let tries = 0; Number.isNaN(await cache.generation()) && tries < 50; tries++) await new Promise((r) => setTimeout(r, 20));
  });
  afterEach(() => cache.close());

  it('serves what it kept, and drops it by any of its tags, others staying', async () => {
    await cache.keep('haren', answer('a'), ['directory', 'prison:HAREN'], 60_000, await cache.generation());
    await cache.keep('gent', answer('b'), ['directory', 'prison:GENT'], 60_000, await cache.generation());
    expect(await cache.get('haren')).toEqual(answer('a'));
    await cache.drop(['prison:HAREN']);
    expect(await cache.get('haren')).toBeUndefined();
    expect(await cache.get('gent')).toEqual(answer('b'));
    await cache.drop(['directory']);
    expect(await cache.get('gent')).toBeUndefined();
  });

  it('does not keep an answer computed while something was dropped', async () => {
    const before = await cache.generation();
    await cache.drop(['prison:HAREN']);
    await cache.keep('haren', answer('stale'), ['directory', 'prison:HAREN'], 60_000, before);
    expect(await cache.get('haren')).toBeUndefined();
    await cache.keep('haren', answer('fresh'), ['directory', 'prison:HAREN'], 60_000, await cache.generation());
    expect(await cache.get('haren')).toEqual(answer('fresh'));
  });

  it('lets an answer expire after its time', async () => {
    await cache.keep('brief', answer('c'), ['directory'], 30, await cache.generation());
    expect(await cache.get('brief')).toEqual(answer('c'));
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(await cache.get('brief')).toBeUndefined();
  });
});

describe('the directory answer cache in process, when full', () => {
  it('pushes out the first kept (a hit does not refresh it, keeping it again does), and forgets its tags with it', async () => {
    const cache = new MemoryAnswerCache(Date.now, 2);
    const keep = async (key: string, prisonId: string) =>
      cache.keep(key, answer(key), ['directory', `prison:${prisonId}`], 60_000, await cache.generation());
    await keep('haren', 'HAREN');
    await keep('gent', 'GENT');
    expect(cache.peek('haren')).toEqual(answer('haren'));
    await keep('brugge', 'BRUGGE'); // haren goes, though it was just read
    expect(cache.size).toBe(2);
    expect(cache.peek('haren')).toBeUndefined();
    await keep('gent', 'GENT'); // kept again: brugge is now the first
    await keep('leuven', 'LEUVEN');
    expect(cache.peek('brugge')).toBeUndefined();
    expect(cache.peek('gent')).toEqual(answer('gent'));
    expect(cache.peek('leuven')).toEqual(answer('leuven'));
    // The tags of what was pushed out went with it: the index holds only those of what is kept.
    expect([...cache['keysByTag'].keys()].sort()).toEqual(['directory', 'prison:GENT', 'prison:LEUVEN']);
    expect([...cache['keysByTag'].get('directory')!].sort()).toEqual(['gent', 'leuven']);
  });

  it('is refused a capacity under one, which would index tags of answers it never keeps', () => {
    expect(() => new MemoryAnswerCache(Date.now, 0)).toThrow('at least one answer');
    expect(() => new MemoryAnswerCache(Date.now, Number.NaN)).toThrow('at least one answer');
  });
});

describe('the directory answer cache without its Redis', () => {
  it('misses and keeps nothing, without failing the request', async () => {
    const cache = new RedisAnswerCache('redis://127.0.0.1:1', `cort-test-${randomUUID()}`, quiet);
    try {
      const generation = await cache.generation();
      await cache.keep('x', answer('x'), ['directory'], 60_000, generation);
      expect(await cache.get('x')).toBeUndefined();
    } finally {
      await cache.close();
    }
  });
});
