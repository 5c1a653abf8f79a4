import { generateInternalKeyPair } from '@cort/auth';
import { bearer, useTestGateway } from './harness';

/** What clients see when things go wrong, and how the gateway reports its own health. */
const gw = useTestGateway();

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
    expect(gw.logged).toEqual([
      expect.objectContaining({
        requestId: body.errors?.[0].extensions.requestId,
        subgraph: 'activities',
        detail: expect.stringMatching(/ECONNREFUSED 10.1.2.3/),
      }),
    ]);
  });
});

describe('health and readiness', () => {
  it('/health is live and /ready checks every subgraph', async () => {
    const origin = new URL(gw.gateway.url).origin;
    expect(await (await fetch(`${origin}/health`)).json()).toEqual({ status: 'ok', service: 'gateway' });
    const ready = await fetch(`${origin}/ready`);
    expect({ status: ready.status, body: await ready.json() }).toEqual({
      status: 200,
      body: { status: 'ready', subgraphs: { activities: 'ready', organisations: 'ready' } },
    });
  });

  it('a subgraph that does not answer makes the gateway unready, and its failures reach the client masked', async () => {
    const dead = await gw.start({
      subgraphs: [
        { name: 'activities', url: gw.graph.activities.url },
        { name: 'organisations', url: 'http://127.0.0.1:9/graphql' },
      ],
    });
    try {
      const ready = await fetch(`${new URL(dead.url).origin}/ready`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ status: 'unavailable', subgraphs: { activities: 'ready', organisations: 'unavailable' } });
      const response = await fetch(dead.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(await bearer()) },
        body: JSON.stringify({ query: '{ organisations(prisonId: "HAREN") { id } }' }),
      });
      const text = await response.text();
      expect(text).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|:9\b/);
      expect(JSON.parse(text).errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await dead.stop();
    }
  });

  it("a subgraph that refuses the internal token (wrong keys) is an internal error, not the user's", async () => {
    const wrongKeys = await gw.start({}, generateInternalKeyPair());
    try {
      const { body } = await gw.post('{ activities(prisonId: "HAREN") { id } }', await bearer(), wrongKeys.url);
      expect(body.errors?.[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
      expect((await fetch(`${new URL(wrongKeys.url).origin}/ready`)).status).toBe(503);
    } finally {
      await wrongKeys.stop();
    }
  });
});
