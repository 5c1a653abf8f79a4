import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig as gatewayConfig } from '../../src/config';
import { createGateway, type RunningGateway } from '../../src/server';
import { activityInput, partnerIn } from './fixtures';
import { startGraph, type Graph } from './graph';

// The public directory's answers come from a cache the gateways share: a hit, 200 or 304, calls no
// subgraph; a change through the gateway is read at once, one made elsewhere within a poll of the
// activities feed; with REDIS_URL, two gateways share both the answers and the drops.
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const OFFER = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'contract', 'directory', 'PublicOffer.graphql'), 'utf8');

/** A GET of the contract's PublicOffer, as a browser or the directory site sends it. */
async function offer(gatewayUrl: string, prisonId: string, headers: Record<string, string> = {}) {
  const url = new URL(gatewayUrl);
  url.searchParams.set('query', OFFER);
  url.searchParams.set('variables', JSON.stringify({ language: 'NL', prisonId, first: 100 }));
  const response = await fetch(url, { headers: { 'apollo-require-preflight': 'true', ...headers } });
  const text = await response.text();
  return {
    status: response.status,
    etag: response.headers.get('etag'),
    /** Set on an answer from the cache only. */
    age: response.headers.get('age'),
    cacheControl: response.headers.get('cache-control'),
    ids: response.status === 200 ? (JSON.parse(text).data.publicOffer.edges as { node: { id: string } }[]).map((e) => e.node.id) : [],
    text,
  };
}

/**
 * Asks until `ok` holds (the gateway follows the feed every poll interval), for at most `ms`. On a busy
 * PostgreSQL server the feed serves a change only once older transactions of other test files ended, so
 * the drops of this file's own setup can come in late, one poll after another: wait generously.
 */
async function until<T>(ask: () => Promise<T>, ok: (value: T) => boolean, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await ask();
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function published(
  graph: Graph,
  coordinator: string,
  organisationId: string,
  prisonId: string,
  title: string,
  url = graph.gatewayUrl,
) {
  const send = async (query: string, variables: Record<string, unknown>) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${coordinator}` },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data: any; errors?: unknown };
  };
  const created = await send(`mutation($input: CreateActivityInput!) { createActivity(input: $input) { activity { id } } }`, {
    input: activityInput(prisonId, organisationId, { title: { nl: title } }),
  });
  expect(created.errors).toBeUndefined();
  const id = created.data.createActivity.activity.id as string;
  expect((await send(`mutation($id: ID!) { publishActivity(id: $id) { activity { id } } }`, { id })).errors).toBeUndefined();
  return id;
}

describe('the directory from cache, in one gateway', () => {
  let graph: Graph;
  let coordinator: string;
  let organisationId: string;

  beforeAll(async () => {
    graph = await startGraph();
    coordinator = await graph.token({ roles: ['COORDINATOR'], prisons: ['HAREN', 'GENT'] });
    organisationId = await partnerIn(graph, coordinator, 'HAREN');
    await published(graph, coordinator, organisationId, 'HAREN', 'Schilderen');
  });
  afterAll(() => graph?.stop());

  it('answers a hit, 200 and 304, with no subgraph running', async () => {
    // Once the gateway follows the feed (its first poll), a miss is kept and the next ask is a hit. The
    // setup's own events can reach the gateway's follower after that first hit and drop it, so the hit
    // this test keeps is one that has already outlived a few polls (Age, in seconds, of 2 or more).
    const first = await until(
      () => offer(graph.gatewayUrl, 'HAREN'),
      (answer) => answer.age !== null && Number(answer.age) >= 2,
    );
    expect(first).toMatchObject({ status: 200, cacheControl: 'public, max-age=60' });
    expect(first.age).not.toBeNull();
    await graph.stopService('activities');
    await graph.stopService('organisations');
    try {
      const hit = await offer(graph.gatewayUrl, 'HAREN');
      expect(hit).toMatchObject({ status: 200, etag: first.etag, text: first.text, cacheControl: 'public, max-age=60' });
      const notModified = await offer(graph.gatewayUrl, 'HAREN', { 'if-none-match': first.etag! });
      expect(notModified).toMatchObject({ status: 304, etag: first.etag, text: '' });
    } finally {
      await graph.startService('organisations');
      await graph.startService('activities');
    }
  });

  it('shows a change made through the gateway to the very next ask', async () => {
    const before = await until(
      () => offer(graph.gatewayUrl, 'HAREN'),
      (answer) => answer.age !== null,
    );
    const id = await published(graph, coordinator, organisationId, 'HAREN', 'Boetseren');
    expect(before.ids).not.toContain(id);
    const after = await offer(graph.gatewayUrl, 'HAREN');
    expect(after.ids).toContain(id);
    expect(after.etag).not.toBe(before.etag);
  });

  it('drops the answers of the prison a change made elsewhere names, from the activities feed', async () => {
    const gentPartner = await partnerIn(graph, coordinator, 'GENT', 'Vormingplus Gent');
    const haren = await until(
      () => offer(graph.gatewayUrl, 'HAREN'),
      (answer) => answer.age !== null,
    );
    await until(
      () => offer(graph.gatewayUrl, 'GENT'),
      (answer) => answer.age !== null,
    );
    // Straight to the activities subgraph, as another gateway would send it: this gateway sees only the event.
    const signed = await graph.sign({ kind: 'user', sub: 'coordinator', roles: ['COORDINATOR'], prisons: ['GENT'] }, 'activities');
    const id = await published(graph, signed, gentPartner, 'GENT', 'Koor', graph.activities.url);
    const gent = await until(
      () => offer(graph.gatewayUrl, 'GENT'),
      (answer) => answer.ids.includes(id),
    );
    expect(gent.ids).toContain(id);
    // HAREN's answer named no change: still the one kept.
    expect(await offer(graph.gatewayUrl, 'HAREN')).toMatchObject({ etag: haren.etag });
  });
});

describe('the directory from cache, shared by two gateways through Redis', () => {
  let graph: Graph;
  let other: RunningGateway;
  let coordinator: string;
  let organisationId: string;

  beforeAll(async () => {
    const defaults = gatewayConfig({});
    const directory = { ...defaults.directory, cache: { redisUrl: REDIS_URL, keyPrefix: `cort-test-${randomUUID()}` } };
    graph = await startGraph({ gateway: { directory } });
    other = await createGateway(
      {
        ...defaults,
        directory,
        port: 0,
        startupWaitMs: 0,
        subgraphs: defaults.subgraphs.map(({ name, url }) => ({ name, url: (graph as any)[name]?.url ?? url })),
      },
      { internalKeys: graph.internalKeys, verifyUserToken: async () => Promise.reject(new Error('no users at this gateway')) },
    );
    coordinator = await graph.token({ roles: ['COORDINATOR'], prisons: ['HAREN'] });
    organisationId = await partnerIn(graph, coordinator, 'HAREN');
  });
  afterAll(async () => {
    await other?.stop();
    await graph?.stop();
  });

  it('serves from one gateway what the other kept, and drops it for both', async () => {
    const kept = await until(
      () => offer(graph.gatewayUrl, 'HAREN'),
      (answer) => answer.age !== null,
    );
    const hit = await offer(other.url, 'HAREN');
    expect(hit).toMatchObject({ status: 200, etag: kept.etag });
    expect(hit.age).not.toBeNull();
    const id = await published(graph, coordinator, organisationId, 'HAREN', 'Fotografie');
    const after = await offer(other.url, 'HAREN');
    expect(after.ids).toContain(id);
  });
});
