import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createMetrics, type Logger } from '@cort/common';
import express from 'express';
import { httpCaching } from '../http-cache';
import { countRequests } from '../metrics';
import { operationRequestOf, PublicOperations, type PublicOperation } from '../public-operations';
import { MemoryAnswerCache, type AnswerCache } from './answer-cache';
import { RedisAnswerCache } from './redis-answer-cache';
import { serveDirectoryFromCache } from './serve';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const quiet: Logger = { info: () => undefined, error: () => undefined };

const PRISONS: PublicOperation = { name: 'Prisons', text: 'query Prisons { prisons { id } }', printed: 'query Prisons { prisons { id } }' };

// In process, a hit is found at once (`peek`); in Redis, it is waited for: both serve alike.
describe.each([
  ['in process', () => new MemoryAnswerCache()],
  ['in Redis', () => new RedisAnswerCache(REDIS_URL, `cort-test-${randomUUID()}`, quiet)],
])('the directory cache %s at the GraphQL endpoint', (_where, makeCache: () => AnswerCache) => {
  /** The cache in front of a stand-in for Apollo that counts what reaches it, installed as the gateway installs it. */
  async function edge(budget = Infinity, { spendThrows = false } = {}) {
    const cache = makeCache();
    // Redis connects in the background: wait until it answers.
    for (let tries = 0; Number.isNaN(await cache.generation()) && tries < 50; tries++) await new Promise((r) => setTimeout(r, 20));
    const metrics = createMetrics('gateway');
    let executed = 0;
    let spent = 0;
    let reachedExpress = 0;
    const budgetsSpent: (string | undefined)[] = [];
    const serve = serveDirectoryFromCache({
      cache,
      operations: new PublicOperations([PRISONS]),
      maxAgeSeconds: 60,
      following: () => true,
      clientIp: (req) => req.socket.remoteAddress,
      spend: (ip) => {
        // Synchronously, as a broken budget would: the front must not let it end the process.
        if (spendThrows) throw new Error('the budget broke');
        budgetsSpent.push(ip);
        return Promise.resolve(++spent <= budget);
      },
      metrics,
    });
    const app = express();
    app.use((_req, _res, next) => {
      reachedExpress++;
      next();
    });
    app.get('/graphql', serve.hit);
    app.use(countRequests(metrics), httpCaching(60), express.json(), serve.hit, (req, res, next) => {
      res.locals.operationRequest = operationRequestOf(req);
      res.locals.publicOperation = res.locals.operationRequest.query === PRISONS.text ? PRISONS : undefined;
      next();
    });
    app.use(serve.keepOnMiss);
    app.use((_req, res) => {
      executed++;
      res.type('application/json').send(JSON.stringify({ data: { prisons: [{ id: 'HAREN' }] } }));
    });
    const server = http.createServer((req, res) => serve.front(req, res, () => app(req, res))).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    const get = (params: Record<string, string>, headers: Record<string, string> = { 'apollo-require-preflight': 'true' }) =>
      fetch(`${url}?${new URLSearchParams({ query: PRISONS.text, ...params })}`, { headers });
    const post = (variables: Record<string, unknown>, headers: Record<string, string> = {}) =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: PRISONS.text, variables }),
      });
    return {
      get,
      post,
      executed: () => executed,
      spent: () => spent,
      reachedExpress: () => reachedExpress,
      budgetsSpent,
      metrics,
      stop: async () => {
        await new Promise((resolve) => server.close(resolve));
        await cache.close();
      },
    };
  }

  it('answers the second ask from the cache, with the same entity tag and its age', async () => {
    const { get, executed, stop } = await edge();
    try {
      const first = await get({ variables: '{"language":"NL"}' });
      const second = await get({ variables: '{ "language": "NL" }' });
      expect(executed()).toBe(1);
      expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
      expect(second.headers.get('age')).toBe('0');
      expect(await second.text()).toBe(await first.text());
      expect((await get({ variables: '{"language":"FR"}' })).headers.get('age')).toBeNull();
      expect(executed()).toBe(2);
    } finally {
      await stop();
    }
  });

  it('lets the graph answer a hit whose budget throws, and keeps serving', async () => {
    const { get, executed, stop } = await edge(Infinity, { spendThrows: true });
    try {
      await get({ variables: '{"language":"NL"}' });
      const again = await get({ variables: '{"language":"NL"}' });
      expect(again.status).toBe(200);
      expect(again.headers.get('age')).toBeNull();
      expect(executed()).toBe(2);
      expect((await get({ variables: '{"language":"FR"}' })).status).toBe(200);
    } finally {
      await stop();
    }
  });

  it('leaves to Apollo every request Apollo would refuse', async () => {
    const { get, executed, stop } = await edge();
    try {
      await get({ variables: '{"language":"NL"}' });
      const refusedByApollo = [
        get({ variables: '{"language":"NL"}' }, {}), // no CSRF header
        get({ variables: '{"language":"NL"}', operationName: 'Other' }),
        get({ variables: 'not json' }),
        get({ variables: '["NL"]' }),
        get({ variables: '{"language":"NL"}' }, { 'apollo-require-preflight': 'true', accept: 'text/html' }),
      ];
      for (const response of await Promise.all(refusedByApollo)) expect(response.headers.get('age')).toBeNull();
      expect(executed()).toBe(1 + refusedByApollo.length);
    } finally {
      await stop();
    }
  });

  it('reads the headers of every request sending a remembered URL: the same URL without the CSRF header goes to Apollo each time', async () => {
    const { get, executed, stop } = await edge();
    try {
      const variables = '{"language":"NL"}';
      await get({ variables });
      const ages = [];
      const preflight = { 'apollo-require-preflight': 'true' };
      for (const headers of [{}, preflight, {}, preflight]) {
        ages.push((await get({ variables }, headers)).headers.get('age'));
      }
      expect(ages).toEqual([null, '0', null, '0']);
      expect(executed()).toBe(3);
    } finally {
      await stop();
    }
  });

  it('answers a hit by POST too, and 304 to its entity tag, each with its own request id and no body', async () => {
    const { get, post, executed, stop } = await edge();
    try {
      const first = await post({ language: 'NL' });
      const etag = first.headers.get('etag')!;
      const second = await post({ language: 'NL' });
      expect(second.headers.get('age')).toBe('0');
      expect(second.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(second.headers.get('cache-control')).toBe('public, max-age=60');
      expect(await second.text()).toBe(await first.text());
      const notModified = await get({ variables: '{"language":"NL"}' }, { 'apollo-require-preflight': 'true', 'if-none-match': etag });
      expect(notModified.status).toBe(304);
      expect(notModified.headers.get('etag')).toBe(etag);
      expect(await notModified.text()).toBe('');
      expect(notModified.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      expect(notModified.headers.get('x-request-id')).not.toBe(second.headers.get('x-request-id'));
      expect(executed()).toBe(1);
    } finally {
      await stop();
    }
  });

  it('spends the budget on every hit, and leaves a hit over budget to the rate limit of the pipeline', async () => {
    const { get, executed, spent, stop } = await edge(1);
    try {
      await get({ variables: '{"language":"NL"}' });
      const hits = [await get({ variables: '{"language":"NL"}' }), await get({ variables: '{"language":"NL"}' })];
      expect(hits.map((hit) => hit.headers.get('age'))).toEqual(['0', null]);
      expect(spent()).toBe(2);
      expect(executed()).toBe(2);
    } finally {
      await stop();
    }
  });

  it('counts each answer once, a hit by GET (before the request counter) as by POST (after it)', async () => {
    const { get, post, metrics, stop } = await edge();
    try {
      await get({ variables: '{"language":"NL"}' });
      await get({ variables: '{"language":"NL"}' });
      await post({ language: 'NL' });
      const counted = await metrics.requests.get();
      expect(counted.values.filter(({ labels }) => labels.operation === 'Prisons').map(({ value }) => value)).toEqual([3]);
      const answers = (await metrics.registry.getSingleMetric('directory_cache_answers_total')!.get()).values;
      expect(Object.fromEntries(answers.map(({ labels, value }) => [labels.outcome, value]))).toEqual({ miss: 1, hit: 2 });
    } finally {
      await stop();
    }
  });

  it('answers a GET hit before express, once express negotiated its Accept header, spending the budget of its address', async () => {
    const { get, executed, reachedExpress, budgetsSpent, stop } = await edge();
    try {
      const headers = { 'apollo-require-preflight': 'true', accept: 'application/graphql-response+json' };
      await get({ variables: '{"language":"EN"}' }, headers);
      expect(reachedExpress()).toBe(1);
      const hits = [await get({ variables: '{"language":"EN"}' }, headers), await get({ variables: '{"language":"EN"}' }, headers)];
      expect(hits.map((hit) => hit.headers.get('content-type'))).toEqual(Array(2).fill('application/graphql-response+json; charset=utf-8'));
      expect(reachedExpress()).toBe(1);
      expect(executed()).toBe(1);
      expect(budgetsSpent).toEqual(['127.0.0.1', '127.0.0.1']);
      // A miss found at the front is looked up once: express's installations leave it to Apollo.
      await get({ variables: '{"language":"FR"}' }, headers);
      expect([reachedExpress(), executed()]).toEqual([2, 2]);
    } finally {
      await stop();
    }
  });
});
