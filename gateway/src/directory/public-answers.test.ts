import { randomUUID } from 'node:crypto';
import { MemoryAnswerCache } from '../directory-cache/answer-cache';
import { RedisAnswerCache } from '../directory-cache/redis-answer-cache';
import { PublicOperations, readPublicOperation } from '../public-operations';
import { PublicAnswers, type GraphAnswer } from './public-answers';

const operations = new PublicOperations([
  readPublicOperation('Prisons.graphql', 'query Prisons($language: Language!) { prisons { id name(language: $language) } }'),
]);

function answersWith(reply: () => Promise<GraphAnswer>, maxAgeMs = 60_000) {
  let now = 0;
  const runs: Record<string, unknown>[] = [];
  const cache = new MemoryAnswerCache(() => now);
  const answers = new PublicAnswers(
    operations,
    async (_query, variables) => {
      runs.push(variables);
      return reply();
    },
    maxAgeMs,
    cache,
  );
  return { answers, runs, cache, later: (ms: number) => (now += ms) };
}

const clean: GraphAnswer = { data: { prisons: [{ id: 'HAREN', name: 'Haren' }] } };

describe('PublicAnswers', () => {
  it('runs an operation once and keeps its clean answer for the max-age, whatever the order of the variables', async () => {
    const { answers, runs, later } = answersWith(async () => clean);
    expect(await answers.answer('Prisons', { language: 'NL', first: 1 }, 'r1')).toEqual(clean);
    await answers.answer('Prisons', { first: 1, language: 'NL' }, 'r2');
    expect(runs).toHaveLength(1);
    await answers.answer('Prisons', { language: 'FR' }, 'r3');
    expect(runs).toHaveLength(2);
    later(60_001);
    await answers.answer('Prisons', { language: 'NL', first: 1 }, 'r4');
    expect(runs).toHaveLength(3);
  });

  it('makes concurrent asks for the same answer wait for one execution', async () => {
    const { answers, runs } = answersWith(async () => clean);
    await Promise.all([1, 2, 3].map((n) => answers.answer('Prisons', { language: 'NL' }, `r${n}`)));
    expect(runs).toHaveLength(1);
  });

  it('never keeps an answer with errors, nor a failed execution', async () => {
    let reply: () => Promise<GraphAnswer> = async () => ({ data: { prisons: [] }, errors: [{ message: 'partial' }] });
    const { answers, runs } = answersWith(() => reply());
    await answers.answer('Prisons', { language: 'NL' }, 'r1');
    reply = () => Promise.reject(new Error('down'));
    await expect(answers.answer('Prisons', { language: 'NL' }, 'r2')).rejects.toThrow('down');
    reply = async () => clean;
    await answers.answer('Prisons', { language: 'NL' }, 'r3');
    await answers.answer('Prisons', { language: 'NL' }, 'r4');
    expect(runs).toHaveLength(3);
  });

  it('keeps nothing with a max-age of 0, and knows only the contract’s operations', async () => {
    const { answers, runs } = answersWith(async () => clean, 0);
    await answers.answer('Prisons', { language: 'NL' }, 'r1');
    await answers.answer('Prisons', { language: 'NL' }, 'r2');
    expect(runs).toHaveLength(2);
    expect(answers.has('Activity')).toBe(false);
    expect(() => answers.answer('Activity', {}, 'r3')).toThrow('contract/directory has no operation Activity');
  });

  it('keeps its answers in the directory cache, where a drop of their tags reaches them', async () => {
    const { answers, runs, cache } = answersWith(async () => clean);
    await answers.answer('Prisons', { language: 'NL' }, 'r1');
    expect(cache.size).toBe(1);
    await cache.drop(['offer']);
    expect(cache.size).toBe(0);
    await answers.answer('Prisons', { language: 'NL' }, 'r2');
    expect(runs).toHaveLength(2);
  });

  it('neither keeps nor hands to later asks an answer computed across a drop', async () => {
    const running: ((answer: GraphAnswer) => void)[] = [];
    const { answers, runs, cache } = answersWith(() => new Promise((resolve) => running.push(resolve)));
    const first = answers.answer('Prisons', { language: 'NL' }, 'r1');
    await new Promise((resolve) => setImmediate(resolve));
    // The offer changes while the answer is computed: the cache and the asks under way are dropped.
    await cache.drop(['directory']);
    answers.drop(['directory']);
    const second = answers.answer('Prisons', { language: 'NL' }, 'r2');
    await new Promise((resolve) => setImmediate(resolve));
    for (const finish of running) finish(clean);
    await Promise.all([first, second]);
    expect(runs).toHaveLength(2);
    expect(cache.size).toBe(1);
  });

  it('shares what it keeps with every gateway on the same Redis, and their drops', async () => {
    const prefix = `cort-test-${randomUUID()}`;
    const quiet = { info: () => undefined, error: () => undefined };
    const caches = [0, 1].map(() => new RedisAnswerCache(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379', prefix, quiet));
    try {
      // Redis connects in the background: wait until it answers.
      for (let tries = 0; Number.isNaN(await caches[0].generation()) && tries < 50; tries++) await new Promise((r) => setTimeout(r, 20));
      const runs: string[] = [];
      const [first, second] = caches.map(
        (cache, gateway) =>
          new PublicAnswers(
            operations,
            async () => {
              runs.push(`gateway ${gateway}`);
              return clean;
            },
            60_000,
            cache,
          ),
      );
      await first.answer('Prisons', { language: 'NL' }, 'r1');
      expect(await second.answer('Prisons', { language: 'NL' }, 'r2')).toEqual(clean);
      expect(runs).toEqual(['gateway 0']);
      await caches[0].drop(['offer']);
      await second.answer('Prisons', { language: 'NL' }, 'r3');
      expect(runs).toEqual(['gateway 0', 'gateway 1']);
    } finally {
      await Promise.all(caches.map((cache) => cache.close()));
    }
  });
});
