import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { Redis } from 'ioredis';
import type { GatewayConfig } from '../src/config';
import type { RunningGateway } from '../src/server';
import { bearer, coordinator, TEST_DIRECTORY, useTestGateway } from './harness';
import { assertNoLeaks } from './leaks';

/** Budgets per minute at the edge: per client network when anonymous, per user when signed in. */
const gw = useTestGateway();

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const PRISONS = fs.readFileSync(path.join(TEST_DIRECTORY, 'Prisons.graphql'), 'utf8');
const budgets = (anonymousPerMinute: number, userPerMinute: number, more: Partial<GatewayConfig['rateLimits']> = {}) => ({
  rateLimits: { anonymousPerMinute, userPerMinute, keyPrefix: `cort-test-${randomUUID()}`, ...more },
});

async function send(url: string, query: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  const text = await response.text();
  assertNoLeaks({ status: response.status, text, headers: response.headers });
  const body = JSON.parse(text) as { data?: unknown; errors?: { message: string; extensions: Record<string, unknown> }[] };
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    cacheControl: response.headers.get('cache-control'),
    body,
  };
}
const statuses = async (count: number, url: string, query: string, headers: Record<string, string> = {}) => {
  const answers = [];
  for (let i = 0; i < count; i++) answers.push((await send(url, query, headers)).status);
  return answers;
};

/** A TCP door to the test Redis that can be closed (connections cut) and opened again on the same port. */
async function redisDoor() {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(new URL(REDIS_URL).port), new URL(REDIS_URL).hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => socket.destroy());
      socket.on('close', () => sockets.delete(socket));
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `redis://127.0.0.1:${port}`,
    open: () => new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve)),
    close: async () => {
      const closed = new Promise((resolve) => server.close(resolve));
      sockets.forEach((socket) => socket.destroy());
      await closed;
    },
  };
}

/** Repeats a step until it reports success (the client's reconnection takes its own time), for at most 10 s. */
async function until(step: () => Promise<boolean>) {
  const deadline = Date.now() + 10_000;
  while (!(await step())) {
    if (Date.now() > deadline) throw new Error('never happened');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Starts gateways for one test and stops them after it, whatever happens. */
function gateways() {
  const started: RunningGateway[] = [];
  afterEach(async () => {
    await Promise.all(started.splice(0).map((gateway) => gateway.stop()));
  });
  return async (overrides: Partial<GatewayConfig>) => {
    const gateway = await gw.start(overrides);
    started.push(gateway);
    return gateway;
  };
}

describe('rate limits in one gateway', () => {
  const start = gateways();

  it('answer 429 with Retry-After and RATE_LIMITED once an anonymous client has spent its budget, before any subgraph call', async () => {
    const gateway = await start(budgets(3, 100));
    expect(await statuses(3, gateway.url, PRISONS)).toEqual([200, 200, 200]);
    expect(gw.received()).toHaveLength(3);
    const limited = await send(gateway.url, PRISONS);
    expect(limited.status).toBe(429);
    expect(Number(limited.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(Number(limited.retryAfter)).toBeLessThanOrEqual(60);
    expect(limited.cacheControl).toBe('no-store');
    expect(limited.body).toEqual({
      errors: [
        {
          message: `Too many requests; try again in ${limited.retryAfter} s.`,
          extensions: { code: 'RATE_LIMITED', requestId: expect.any(String) },
        },
      ],
    });
    expect(gw.received()).toHaveLength(3);
    // Refused operations spend the budget too, and a directory operation with a token is anonymous.
    expect((await send(gateway.url, '{ whoAmI }')).status).toBe(429);
    expect((await send(gateway.url, PRISONS, await bearer())).status).toBe(429);
  });

  it('give each signed-in user a budget of their own, apart from their network’s', async () => {
    const gateway = await start(budgets(1, 2));
    const query = '{ whoAmI }';
    const someone = await bearer();
    const someoneElse = await bearer({ ...coordinator, sub: 'person-8' });
    expect(await statuses(3, gateway.url, query, someone)).toEqual([200, 200, 429]);
    expect(await statuses(3, gateway.url, query, someoneElse)).toEqual([200, 200, 429]);
    expect(await statuses(2, gateway.url, PRISONS)).toEqual([200, 429]);
  });

  it('count per socket address, ignoring X-Forwarded-For unless the proxy is trusted', async () => {
    const direct = await start(budgets(2, 100));
    const spoofed = (i: number) => ({ 'x-forwarded-for': `203.0.113.${i}` });
    expect([(await send(direct.url, PRISONS, spoofed(1))).status, (await send(direct.url, PRISONS, spoofed(2))).status]).toEqual([
      200, 200,
    ]);
    expect((await send(direct.url, PRISONS, spoofed(3))).status).toBe(429);

    // Behind a trusted proxy (here the loopback), each client it names has a budget; an IPv6 client is its /64.
    const proxied = await start({ ...budgets(2, 100), trustProxy: 'loopback' });
    expect(await statuses(3, proxied.url, PRISONS, spoofed(1))).toEqual([200, 200, 429]);
    expect(await statuses(1, proxied.url, PRISONS, spoofed(2))).toEqual([200]);
    expect(await statuses(1, proxied.url, PRISONS, { 'x-forwarded-for': '2001:db8:1:2::a' })).toEqual([200]);
    expect(await statuses(2, proxied.url, PRISONS, { 'x-forwarded-for': '2001:db8:1:2::b' })).toEqual([200, 429]);
  });
});

describe('rate limits through Redis', () => {
  const start = gateways();
  let redis: Redis;
  beforeAll(() => {
    redis = new Redis(REDIS_URL, { lazyConnect: true });
  });
  afterAll(() => redis.quit());

  it('are one budget for every gateway on the same Redis and prefix', async () => {
    const shared = budgets(4, 100, { redisUrl: REDIS_URL });
    const [one, two] = [await start(shared), await start(shared)];
    expect(await statuses(2, one.url, PRISONS)).toEqual([200, 200]);
    expect(await statuses(2, two.url, PRISONS)).toEqual([200, 200]);
    expect((await send(one.url, PRISONS)).status).toBe(429);
    expect((await send(two.url, PRISONS)).status).toBe(429);
    // The budget lives in Redis under the prefix, with the minute's expiry.
    const keys = await redis.keys(`${shared.rateLimits.keyPrefix}:*`);
    expect(keys).toEqual([`${shared.rateLimits.keyPrefix}:anonymous:ip:127.0.0.1`]);
    expect(Number(await redis.get(keys[0]))).toBe(6);
    expect(await redis.ttl(keys[0])).toBeGreaterThan(0);
    await redis.del(keys);
  });

  it('fall back to a budget in each gateway while Redis is unreachable, and keep answering', async () => {
    const unreachable = budgets(2, 100, { redisUrl: 'redis://127.0.0.1:1' });
    const gateway = await start(unreachable);
    expect(await statuses(3, gateway.url, PRISONS)).toEqual([200, 200, 429]);
    expect(gw.logged).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/^rate limits: Redis unreachable, each gateway counts on its own/) }),
    ]);
  });

  it('start while Redis is down, and share the budgets once it is up', async () => {
    const door = await redisDoor();
    await door.close();
    const config = budgets(100, 100, { redisUrl: door.url });
    const key = `${config.rateLimits.keyPrefix}:anonymous:ip:127.0.0.1`;
    const gateway = await start(config);
    try {
      expect(await statuses(2, gateway.url, PRISONS)).toEqual([200, 200]);
      expect(await redis.exists(key)).toBe(0);
      await door.open();
      await until(async () => (await send(gateway.url, PRISONS)).status === 200 && (await redis.exists(key)) === 1);
    } finally {
      await redis.del(key);
      await door.close();
    }
  });

  it('count in Redis again once it is back, without a restart', async () => {
    const door = await redisDoor();
    const config = budgets(100, 100, { redisUrl: door.url });
    const key = `${config.rateLimits.keyPrefix}:anonymous:ip:127.0.0.1`;
    const counted = async () => Number(await redis.get(key));
    const gateway = await start(config);
    try {
      expect(await statuses(2, gateway.url, PRISONS)).toEqual([200, 200]);
      expect(await counted()).toBe(2);

      await door.close();
      expect(await statuses(2, gateway.url, PRISONS)).toEqual([200, 200]);
      expect(await counted()).toBe(2);
      // Logged once, when reconnecting fails.
      await until(async () => gw.logged.length > 0);
      expect(gw.logged).toEqual([expect.objectContaining({ message: expect.stringMatching(/Redis unreachable/) })]);

      await door.open();
      await until(async () => (await send(gateway.url, PRISONS)).status === 200 && (await counted()) > 2);
      expect(gw.lines).toContainEqual(expect.objectContaining({ level: 'info', message: expect.stringMatching(/Redis is back/) }));
    } finally {
      await redis.del(key);
      await door.close();
    }
  });
});
