import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateInternalKeyPair } from '@cort/auth';
import { DEFAULT_RATE_LIMITS } from '../src/rate-limit';
import { eventually } from './e2e/wait';
import { assertNoLeaks } from './leaks';
import { bearer, token, useTestGateway } from './harness';

/** What clients see when things go wrong, what the log keeps of it, and how the gateway reports its own health. */
const gw = useTestGateway();

/** A raw request to the gateway, its answer scanned like every other. */
async function send(init: RequestInit & { headers?: Record<string, string> }, url = gw.gateway.url) {
  const response = await fetch(url, { method: 'POST', ...init, headers: { 'content-type': 'application/json', ...init.headers } });
  const text = await response.text();
  assertNoLeaks({ status: response.status, text, headers: response.headers });
  return { status: response.status, requestId: response.headers.get('x-request-id'), body: JSON.parse(text) as { errors?: any[] } };
}

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

const answeredLines = () => gw.lines.filter((line) => line.message === 'answered with errors');

describe('errors', () => {
  it('pass deliberate subgraph errors on, without internals', async () => {
    const { body } = await gw.post('{ forbidden }', await bearer());
    expect(body.errors).toEqual([
      {
        message: 'You are not assigned to prison GENT.',
        path: ['forbidden'],
        extensions: { code: 'FORBIDDEN', field: 'prisonId', requestId: expect.any(String) },
      },
    ]);
  });

  it('mask anything else: no messages, URLs or stack traces from inside', async () => {
    const { body } = await gw.post('{ broken }', await bearer());
    expect(body.errors).toEqual([
      {
        message: expect.stringMatching(/went wrong on our side/),
        path: ['broken'],
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: expect.any(String) },
      },
    ]);
    const requestId = body.errors?.[0].extensions.requestId;
    expect(gw.logged).toEqual([
      expect.objectContaining({
        message: 'unexpected error',
        requestId,
        subgraph: 'activities',
        detail: expect.stringMatching(/ECONNREFUSED 10.1.2.3/),
      }),
      { message: 'answered with errors', requestId, status: 200, codes: ['INTERNAL_SERVER_ERROR'] },
    ]);
  });
});

describe('every answer with errors', () => {
  it('is one log line with the requestId and the codes: never the messages, never the variables', async () => {
    const query = 'query Offer($prisonId: ID!) { activities(prisonId: $prisonId) { id } }';
    const variables = { prisonId: { firstName: 'Jan', lastName: 'Janssens' } };
    const { status, requestId, body } = await send({
      body: JSON.stringify({ query, operationName: 'Offer', variables }),
      headers: await bearer(),
    });
    expect({ status, codes: body.errors?.map((error) => error.extensions.code) }).toEqual({ status: 400, codes: ['BAD_USER_INPUT'] });
    expect(body.errors?.[0].extensions.requestId).toBe(requestId);
    expect(answeredLines()).toEqual([
      { level: 'info', message: 'answered with errors', requestId, status: 400, codes: ['BAD_USER_INPUT'], operationName: 'Offer' },
    ]);
    expect(JSON.stringify(gw.lines)).not.toMatch(/Janssens|Jan\b/);
  });

  it.each<[string, () => Promise<RequestInit & { headers?: Record<string, string> }>, number, string]>([
    [
      'a bad token (the token check)',
      async () => ({ body: '{"query":"{ whoAmI }"}', headers: { authorization: 'Bearer forged' } }),
      401,
      'UNAUTHENTICATED',
    ],
    [
      'an expired token',
      async () => ({ body: '{"query":"{ whoAmI }"}', headers: { authorization: `Bearer ${await token(undefined, { expiresIn: -300 })}` } }),
      401,
      'UNAUTHENTICATED',
    ],
    ['an anonymous operation beyond the directory', async () => ({ body: '{"query":"{ whoAmI }"}' }), 401, 'OPERATION_NOT_ALLOWED'],
    [
      'a body over 64 kB (the body limit)',
      async () => ({ body: JSON.stringify({ query: '{ whoAmI }', pad: 'x'.repeat(70_000) }) }),
      413,
      'PAYLOAD_TOO_LARGE',
    ],
    ['a body that is not JSON', async () => ({ body: '{"query": ' }), 400, 'BAD_REQUEST'],
    [
      'an unsupported charset (express, answered as JSON)',
      async () => ({ body: '{}', headers: { 'content-type': 'application/json; charset=koi8-r' } }),
      415,
      'BAD_REQUEST',
    ],
    [
      'a batch (Apollo, before its pipeline)',
      async () => ({ body: '[{"query":"{ whoAmI }"}]', headers: await bearer() }),
      400,
      'BAD_REQUEST',
    ],
  ])(
    'written outside GraphQL execution, for %s, carries the requestId of the x-request-id header and is logged',
    async (_case, request, status, code) => {
      const answer = await send(await request());
      expect(answer.status).toBe(status);
      expect(answer.body.errors?.map((error) => error.extensions)).toEqual([
        expect.objectContaining({ code, requestId: answer.requestId }),
      ]);
      expect(answeredLines()).toEqual([expect.objectContaining({ requestId: answer.requestId, status, codes: [code] })]);
      expect(gw.received()).toEqual([]);
    },
  );

  it('spent by rate limits (429), carries the requestId and is logged', async () => {
    const limited = await gw.start({ rateLimits: { anonymousPerMinute: 1, userPerMinute: 1, keyPrefix: `errors-${Date.now()}` } });
    try {
      const headers = await bearer();
      await send({ body: '{"query":"{ whoAmI }"}', headers }, limited.url);
      const answer = await send({ body: '{"query":"{ whoAmI }"}', headers }, limited.url);
      expect(answer.status).toBe(429);
      expect(answer.body.errors?.map((error) => error.extensions)).toEqual([
        expect.objectContaining({ code: 'RATE_LIMITED', requestId: answer.requestId }),
      ]);
      expect(answeredLines()).toContainEqual(
        expect.objectContaining({ requestId: answer.requestId, status: 429, codes: ['RATE_LIMITED'] }),
      );
    } finally {
      await limited.stop();
    }
  });
});

describe('health and readiness', () => {
  const readiness = async (url = gw.gateway.url) => {
    const ready = await fetch(`${new URL(url).origin}/ready`);
    return { status: ready.status, body: (await ready.json()) as { status: string; subgraphs: Record<string, string> } };
  };
  /** /ready once the background probe has seen every subgraph (before its first answer they are `unknown`). */
  const probed = (url?: string, check: (subgraphs: Record<string, string>) => boolean = () => true) =>
    eventually(
      () => readiness(url),
      ({ body }) => !Object.values(body.subgraphs).includes('unknown') && check(body.subgraphs),
    );

  it("/health is live and /ready is the gateway's own, with each subgraph's status as information", async () => {
    const origin = new URL(gw.gateway.url).origin;
    expect(await (await fetch(`${origin}/health`)).json()).toEqual({ status: 'ok', service: 'gateway' });
    expect(await probed()).toEqual({
      status: 200,
      body: { status: 'ready', supergraph: 'loaded', subgraphs: { activities: 'ready', organisations: 'ready' } },
    });
  });

  it('a subgraph that does not answer leaves the gateway ready and shows unavailable; its failures reach the client by its name only', async () => {
    const dead = await gw.start({
      subgraphs: [
        { name: 'activities', url: gw.graph.activities.url },
        { name: 'organisations', url: 'http://127.0.0.1:9/graphql' },
      ],
    });
    try {
      expect(await probed(dead.url)).toEqual({
        status: 200,
        body: { status: 'ready', supergraph: 'loaded', subgraphs: { activities: 'ready', organisations: 'unavailable' } },
      });
      const { body } = await gw.post('{ organisations(prisonId: "HAREN") { id } }', await bearer(), dead.url);
      expect(body.errors?.map((error) => error.extensions)).toEqual([
        { code: 'DOWNSTREAM_SERVICE_ERROR', serviceName: 'organisations', requestId: expect.any(String) },
      ]);
    } finally {
      await dead.stop();
    }
  });

  it('a subgraph that hangs neither slows nor fails /ready: no call to /ready waits on a subgraph, and the body shows it unavailable', async () => {
    // Takes every request and never answers it, as a subgraph stuck on its database would.
    const held: http.ServerResponse[] = [];
    const hanging = http.createServer((_req, res) => held.push(res));
    await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve));
    // One background probe only (at start; the next in an hour): every later request would be /ready's own.
    const stuck = await gw.start({
      subgraphs: [
        { name: 'activities', url: gw.graph.activities.url },
        { name: 'organisations', url: `http://127.0.0.1:${(hanging.address() as AddressInfo).port}/graphql` },
      ],
      subgraphWatchIntervalMs: 3_600_000,
    });
    try {
      await eventually(
        async () => held.length,
        (count) => count === 1,
      );
      for (let i = 0; i < 5; i++) expect((await readiness(stuck.url)).status).toBe(200);
      // The probe still hangs, and /ready sent the hanging subgraph nothing: it cannot have waited on it.
      expect(held).toHaveLength(1);
      // Once the probe gives up (its own timeout), the body says so; the gateway stays ready.
      expect(await probed(stuck.url, (subgraphs) => subgraphs.organisations === 'unavailable')).toEqual({
        status: 200,
        body: { status: 'ready', supergraph: 'loaded', subgraphs: { activities: 'ready', organisations: 'unavailable' } },
      });
      expect(held).toHaveLength(1);
    } finally {
      await stuck.stop();
      hanging.closeAllConnections();
      await new Promise((resolve) => hanging.close(resolve));
    }
  });

  it("a subgraph that refuses the internal token (wrong keys) is that subgraph's failure, not the user's", async () => {
    const wrongKeys = await gw.start({}, generateInternalKeyPair());
    try {
      const { body } = await gw.post('{ activities(prisonId: "HAREN") { id } }', await bearer(), wrongKeys.url);
      expect(body.errors?.map((error) => error.extensions.code)).toEqual(['DOWNSTREAM_SERVICE_ERROR']);
      expect(gw.logged).toContainEqual(expect.objectContaining({ subgraph: 'activities', reason: 'HTTP 401' }));
      expect(await probed(wrongKeys.url)).toMatchObject({
        status: 200,
        body: { status: 'ready', subgraphs: { activities: 'unavailable', organisations: 'unavailable' } },
      });
    } finally {
      await wrongKeys.stop();
    }
  });

  it('with REDIS_URL, the gateway is ready while its Redis answers, and not while it does not', async () => {
    const prefix = `errors-ready-${Date.now()}`;
    const shared = await gw.start({ rateLimits: { ...DEFAULT_RATE_LIMITS, redisUrl: REDIS_URL, keyPrefix: prefix } });
    const unreachable = await gw.start({ rateLimits: { ...DEFAULT_RATE_LIMITS, redisUrl: 'redis://127.0.0.1:1', keyPrefix: prefix } });
    try {
      expect(await probed(shared.url)).toEqual({
        status: 200,
        body: { status: 'ready', supergraph: 'loaded', redis: 'ready', subgraphs: { activities: 'ready', organisations: 'ready' } },
      });
      expect(await probed(unreachable.url)).toEqual({
        status: 503,
        body: {
          status: 'unavailable',
          supergraph: 'loaded',
          redis: 'unavailable',
          subgraphs: { activities: 'ready', organisations: 'ready' },
        },
      });
    } finally {
      await shared.stop();
      await unreachable.stop();
    }
  });
});
