import { setTimeout as sleep } from 'node:timers/promises';
import { loadConfig } from '../src/config';
import { GENERIC_MESSAGE } from '../src/errors';
import { RAW_FAILURE_KINDS, startDownstreamGraph } from './downstream-graph';
import { startBrokenSubgraph, type Breakage, type BrokenSubgraph } from './fake-subgraph';
import { bearer, claimsOf, token, useTestGateway } from './harness';

/** Between the gateway and its subgraphs: timeouts, no retries, a failing subgraph named, client headers dropped. */
const TIMEOUTS = { readMs: 300, mutationMs: 900 };
const gw = useTestGateway({ graph: startDownstreamGraph, config: { subgraphTimeouts: TIMEOUTS } });

const READ = '{ activities(prisonId: "HAREN") { id title organisation { name } } organisationCount }';
const RENAME = 'mutation { renameOrganisation(id: "o1", name: "Nieuw") { id name } }';
const ANSWERED = { activities: [{ id: 'a1', title: 'Yoga', organisation: { name: 'De Rode Antraciet' } }], organisationCount: 1 };
const WITHOUT_ORGANISATIONS = { activities: [{ id: 'a1', title: 'Yoga', organisation: null }], organisationCount: null };
const organisationsDown = {
  message: 'The organisations service is not answering; what it provides is missing from this response.',
  extensions: { code: 'DOWNSTREAM_SERVICE_ERROR', serviceName: 'organisations', requestId: expect.any(String) },
};
/** A mutation the subgraph did not answer may have been made all the same: the client is told so. */
const organisationsMutationUnknown = {
  ...organisationsDown,
  message: 'The organisations service is not answering; whether the change was made is unknown: check before you repeat it.',
};

/** Sends as a signed-in coordinator (the token minted first) and measures the gateway's answer alone. */
async function timedPost(query: string) {
  const headers = await bearer();
  const started = performance.now();
  const answer = await gw.post(query, headers);
  return { ...answer, ms: performance.now() - started };
}

describe('subgraph timeouts', () => {
  it('are 3 s for reads and 5 s for mutations unless GATEWAY_SUBGRAPH_*_TIMEOUT_MS say otherwise', () => {
    expect(loadConfig({}).subgraphTimeouts).toEqual({ readMs: 3000, mutationMs: 5000 });
    const configured = { GATEWAY_SUBGRAPH_READ_TIMEOUT_MS: '1200', GATEWAY_SUBGRAPH_MUTATION_TIMEOUT_MS: '8000' };
    expect(loadConfig(configured).subgraphTimeouts).toEqual({ readMs: 1200, mutationMs: 8000 });
    expect(() => loadConfig({ GATEWAY_SUBGRAPH_READ_TIMEOUT_MS: '0' })).toThrow(/GATEWAY_SUBGRAPH_READ_TIMEOUT_MS must be an integer/);
  });
});

describe('a subgraph that is down (its port closed)', () => {
  afterEach(() => gw.graph.organisations.restart());

  it('leaves the data of the others, its own fields null and one error naming it; once back, the next request succeeds', async () => {
    await gw.graph.organisations.stop();
    // A closed port is refused at once: the log's reason (not 'timeout') shows no timeout was waited for.
    const down = await gw.post(READ, await bearer());
    // Two fetches failed (organisationCount and the organisation entities): one error for the subgraph.
    expect(down.body).toEqual({ data: WITHOUT_ORGANISATIONS, errors: [organisationsDown] });
    const { requestId } = down.body.errors![0].extensions;
    expect(gw.logged).toContainEqual(
      expect.objectContaining({ message: 'subgraph did not answer', requestId, subgraph: 'organisations', reason: 'ECONNREFUSED' }),
    );

    await gw.graph.organisations.restart();
    expect((await gw.post(READ, await bearer())).body).toEqual({ data: ANSWERED });
  });

  it('behind a non-null field nulls the parent, here up to the whole data (as most fields between real subgraphs would)', async () => {
    await gw.graph.organisations.stop();
    const { body } = await gw.post('{ strictActivities { id organisation { name } } activityCount }', await bearer());
    expect(body).toEqual({ data: null, errors: [organisationsDown] });
  });
});

describe('a subgraph that hangs (accepts, never answers)', () => {
  let hung: BrokenSubgraph;
  beforeEach(async () => {
    await gw.graph.organisations.stop();
    hung = await startBrokenSubgraph('hang', gw.graph.organisations.port);
  });
  afterEach(async () => {
    await hung.stop();
    await gw.graph.organisations.restart();
  });

  it('costs a read its timeout and no more; once restarted on its port, the next request succeeds', async () => {
    const hanging = await timedPost(READ);
    // Which timeout ended it is in the log; an upper bound on wall time would only measure the machine's load.
    expect(hanging.ms).toBeGreaterThanOrEqual(TIMEOUTS.readMs - 20);
    expect(hanging.body).toEqual({ data: WITHOUT_ORGANISATIONS, errors: [organisationsDown] });
    expect(gw.logged).toContainEqual(expect.objectContaining({ subgraph: 'organisations', reason: 'timeout', timeoutMs: TIMEOUTS.readMs }));

    await hung.stop();
    await gw.graph.organisations.restart();
    expect((await gw.post(READ, await bearer())).body).toEqual({ data: ANSWERED });
  });

  it('receives identical reads of one caller under way once, and those of another caller apart', async () => {
    const headers = await bearer();
    const other = await bearer({ sub: 'coordinator-2', roles: ['COORDINATOR'], prisons: ['HAREN'] });
    const answers = await Promise.all([gw.post(READ, headers), gw.post(READ, headers), gw.post(READ, other)]);
    for (const { body } of answers) expect(body).toEqual({ data: WITHOUT_ORGANISATIONS, errors: [organisationsDown] });
    // Each request sends the same fetches; the two of the first caller shared theirs, the other caller's went out apart.
    const distinct = new Set(hung.received);
    expect(hung.received.length).toBe(2 * distinct.size);
  });

  it('receives a mutation exactly once, and the gateway gives up after the mutation timeout', async () => {
    const mutation = await timedPost(RENAME);
    expect(mutation.body).toEqual({ data: { renameOrganisation: null }, errors: [organisationsMutationUnknown] });
    // The mutation's own timeout applied, not the read's.
    expect(mutation.ms).toBeGreaterThanOrEqual(TIMEOUTS.mutationMs - 20);
    expect(gw.logged).toContainEqual(
      expect.objectContaining({ subgraph: 'organisations', reason: 'timeout', timeoutMs: TIMEOUTS.mutationMs }),
    );
    await sleep(TIMEOUTS.mutationMs); // room for a retry, had there been one
    expect(hung.received.map((body) => JSON.parse(body).query)).toEqual([expect.stringMatching(/^mutation/)]);
  });
});

describe.each<[string, Breakage]>([
  ['drops the connection', 'reset'],
  ['answers a proxy’s 502 page naming internal hosts', 'bad-gateway'],
  ['redirects (to itself: followed, the mutation would be sent again and again)', 'redirect'],
])('a subgraph that %s', (_description, breakage) => {
  let broken: BrokenSubgraph;
  beforeEach(async () => {
    await gw.graph.organisations.stop();
    broken = await startBrokenSubgraph(breakage, gw.graph.organisations.port);
  });
  afterEach(async () => {
    await broken.stop();
    await gw.graph.organisations.restart();
  });

  it('is one DOWNSTREAM_SERVICE_ERROR, and a mutation reaches it once', async () => {
    const mutation = await gw.post(RENAME, await bearer());
    expect(mutation.body).toEqual({ data: { renameOrganisation: null }, errors: [organisationsMutationUnknown] });
    expect(broken.received).toHaveLength(1);
    const read = await gw.post(READ, await bearer());
    expect(read.body).toEqual({ data: WITHOUT_ORGANISATIONS, errors: [organisationsDown] });
    const reason = { reset: 'ECONNRESET', 'bad-gateway': 'HTTP 502', redirect: 'HTTP 307', hang: 'timeout' }[breakage];
    expect(gw.logged).toContainEqual(expect.objectContaining({ message: 'subgraph did not answer', subgraph: 'organisations', reason }));
  });
});

describe('a subgraph throwing raw errors (a file path, SQL, a Prisma error, a forged downstream error naming a host)', () => {
  it.each(RAW_FAILURE_KINDS)('%s: INTERNAL_SERVER_ERROR for the client, the details in the log under the same requestId', async (kind) => {
    const { body } = await gw.post(`{ failure(kind: "${kind}") activityCount }`, await bearer());
    const requestId = body.errors?.[0].extensions.requestId;
    expect(body).toEqual({
      data: { failure: null, activityCount: 1 },
      errors: [
        { message: GENERIC_MESSAGE, path: ['failure'], extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: expect.any(String) } },
      ],
    });
    expect(gw.logged).toEqual([
      expect.objectContaining({ message: 'unexpected error', requestId, subgraph: 'activities', detail: expect.any(String) }),
      { message: 'answered with errors', requestId, status: 200, codes: ['INTERNAL_SERVER_ERROR'] },
    ]);
  });
});

describe('identity headers a client sends', () => {
  /** What any HTTP client sends; everything else a subgraph receives must come from the gateway. */
  const TRANSPORT = [
    'host',
    'connection',
    'content-type',
    'content-length',
    'accept',
    'accept-encoding',
    'accept-language',
    'sec-fetch-mode',
    'user-agent',
  ];
  const forged = {
    'x-user-id': 'admin',
    'x-roles': 'POLICY_COORDINATOR',
    'x-prisons': 'ALL',
    'x-organisation-id': '0a000000-0000-4000-8000-000000000002',
    'x-forwarded-user': 'admin',
    'x-remote-user': 'admin',
    'x-auth-request-user': 'admin',
    'x-auth-request-email': 'admin@example.test',
    'x-internal-token': 'forged',
    'proxy-authorization': 'Basic YWRtaW46YWRtaW4=',
    forwarded: 'for=10.0.0.1;by=gateway',
    'x-forwarded-for': '10.0.0.1',
    'x-real-ip': '10.0.0.1',
    'x-request-id': 'forged-request-id',
    cookie: 'session=abc',
    'apollographql-client-name': 'admin-console',
  };

  it('never reach a subgraph: only the internal token (the authorization replaced) and the request id', async () => {
    const clientToken = await token();
    const { body, headers } = await gw.post(READ, { authorization: `Bearer ${clientToken}`, ...forged });
    expect(body).toEqual({ data: ANSWERED });
    const received = gw.received();
    expect(received.length).toBeGreaterThanOrEqual(2);
    for (const request of received) {
      expect(
        Object.keys(request.headers)
          .filter((name) => !TRANSPORT.includes(name))
          .sort(),
      ).toEqual(['authorization', 'x-request-id']);
      expect(request.headers['x-request-id']).toBe(headers.get('x-request-id'));
      const internal = request.headers.authorization!.replace(/^Bearer /, '');
      expect(internal).not.toBe(clientToken);
      expect(claimsOf(internal)).toMatchObject({ iss: 'gateway', kind: 'user', sub: 'person-7' });
    }
    expect(headers.get('x-request-id')).not.toBe('forged-request-id');
  });
});
