import { INTERNAL_ISSUER, createInternalSigner, generateInternalKeyPair, internalSignerOf } from '@cort/auth';
import { SignJWT } from 'jose';
import { activityInput, partnerIn, registeredParticipant } from './fixtures';
import { startGraph, type Answer, type Graph } from './graph';

/**
 * Failures provoked through the real graph: invalid ids, bad input, a killed subgraph, forged internal
 * tokens. Every answer through the gateway is scanned for leaks by `send` (see ../leaks.ts); here the
 * codes are checked too.
 */
describe('failures through the real graph', () => {
  let graph: Graph;
  let coordinator: string;
  beforeAll(async () => {
    graph = await startGraph();
    coordinator = await graph.token({ roles: ['COORDINATOR'], prisons: ['HAREN'] });
  });
  afterAll(() => graph?.stop());

  const codes = (answer: Answer) => answer.errors?.map((error) => error.extensions?.code);

  it('invalid ids, SQL and paths included, are NOT_FOUND in every service, for reads and mutations', async () => {
    const ids = [
      'not-a-uuid',
      `'; DROP TABLE "Participant"; --`,
      '../../../etc/passwd',
      '00000000-0000-0000-0000-000000000000',
      'x'.repeat(2000),
    ];
    const operations = [
      'query($id: ID!) { activity(id: $id) { id } }',
      'query($id: ID!) { organisation(id: $id) { id } }',
      'query($id: ID!) { person(id: $id) { id } }',
      'query($id: ID!) { participant(id: $id) { id } }',
      'mutation($id: ID!) { publishActivity(id: $id) { activity { id } } }',
      'mutation($id: ID!) { withdrawEnrolment(id: $id, reason: "moved") { enrolment { id } } }',
      'mutation($id: ID!) { recordRelease(id: $id) { participant { id } } }',
    ];
    for (const query of operations) {
      for (const id of ids)
        expect({ query, id, codes: codes(await graph.send(query, { id }, coordinator)) }).toEqual({ query, id, codes: ['NOT_FOUND'] });
    }
  });

  it('bad input is BAD_USER_INPUT, CONFLICT or a refused document, whichever service notices it', async () => {
    const organisationId = await partnerIn(graph, coordinator, 'HAREN');
    const create = (overrides: Record<string, unknown>) =>
      graph.run('web/CreateActivity.graphql', { input: activityInput('HAREN', organisationId, overrides) }, coordinator);
    expect(codes(await create({ capacity: -1 }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await create({ endsOn: '2020-01-01' }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await create({ organisationId: 'nope' }))).toEqual(['BAD_USER_INPUT']);
    // Refused by the gateway (enum, Int) and by the subgraph (its Date scalar, opaque to the gateway).
    expect(codes(await create({ category: 'WEAPONS' }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await create({ capacity: 2 ** 40 }))).toEqual(['BAD_USER_INPUT']);
    const badDate = await create({ startsOn: 'yesterday' });
    expect(codes(badDate)).toEqual(['BAD_USER_INPUT']);
    expect(badDate.errors?.[0].message).toMatch(/startsOn/);

    await registeredParticipant(graph, coordinator, { detaineeNumber: 'F-1' });
    const input = { prisonId: 'HAREN', detaineeNumber: 'F-1', firstName: 'An', lastName: 'Maes', gender: 'FEMALE', legalStatus: 'SUSPECT' };
    expect(codes(await graph.run('web/RegisterParticipant.graphql', { input }, coordinator))).toEqual(['CONFLICT']);
    expect(codes(await graph.send('{ publicOffer(first: 100000) { totalCount } }', {}, coordinator))).toEqual([
      'GRAPHQL_VALIDATION_FAILED',
    ]);
  });

  it('a killed subgraph is one DOWNSTREAM_SERVICE_ERROR naming it; restarted on its port, the next request succeeds', async () => {
    const analyst = await graph.token({ roles: ['ANALYST'], prisons: ['HAREN'] });
    const year = new Date().getUTCFullYear();
    const query = `{ prison(id: "HAREN") { id } offerOverview(prisonId: "HAREN", year: ${year}) { year } }`;
    await graph.stopReporting();
    try {
      const down = await graph.send(query, {}, analyst);
      // offerOverview is non-null at the root: the missing figures null the whole data, the prison included.
      expect({ data: down.data, errors: down.errors?.map((error) => error.extensions) }).toEqual({
        data: undefined,
        errors: [{ code: 'DOWNSTREAM_SERVICE_ERROR', serviceName: 'reporting', requestId: expect.any(String) }],
      });
    } finally {
      await graph.startReporting();
    }
    const back = await graph.send(query, {}, analyst);
    expect(back.errors).toBeUndefined();
    expect(back.data).toEqual({ prison: { id: 'HAREN' }, offerOverview: { year } });
  });

  describe('a subgraph trusts only a valid internal token for itself', () => {
    const now = () => Math.floor(Date.now() / 1000);
    const forgeries: [string, (subgraph: string) => Promise<string>][] = [
      ['another subgraph’s (wrong audience)', (subgraph) => graph.sign({ kind: 'anonymous' }, `not-${subgraph}`)],
      [
        'one signed by another key',
        (subgraph) => createInternalSigner(generateInternalKeyPair().privateKey)({ kind: 'anonymous' }, subgraph),
      ],
      [
        'one signed by a service’s own key, claiming to come from the gateway',
        (subgraph) => createInternalSigner(graph.keysOf('participants').privateKey, { issuer: 'gateway' })({ kind: 'anonymous' }, subgraph),
      ],
      [
        'an expired one',
        (subgraph) =>
          new SignJWT({ kind: 'anonymous' })
            .setProtectedHeader({ alg: 'EdDSA', typ: 'JWT' })
            .setIssuer(INTERNAL_ISSUER)
            .setAudience(subgraph)
            .setIssuedAt(now() - 200)
            .setExpirationTime(now() - 140)
            .sign(graph.internalKeys.privateKey),
      ],
    ];
    const queries = [
      '{ __typename }',
      '{ _service { sdl } }',
      '{ _entities(representations: [{ __typename: "Prison", id: "HAREN" }]) { __typename } }',
    ];
    const post = async (url: string, query: string, jwt: string) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${jwt}` },
        body: JSON.stringify({ query }),
      });
      return { status: response.status, body: (await response.json()) as { errors?: { extensions: { code: string } }[] } };
    };
    const subgraphs = () => ({
      activities: graph.activities.url,
      organisations: graph.organisations.url,
      participants: graph.participants.url,
      reporting: graph.reporting.url,
    });

    it.each(forgeries)('%s is a 401 from every subgraph, for a query, _service and _entities', async (_case, forge) => {
      for (const [subgraph, url] of Object.entries(subgraphs())) {
        const jwt = await forge(subgraph);
        for (const query of queries) {
          const { status, body } = await post(url, query, jwt);
          expect({ subgraph, query, status, codes: body.errors?.map((error) => error.extensions.code) }).toEqual({
            subgraph,
            query,
            status: 401,
            codes: ['UNAUTHENTICATED'],
          });
        }
      }
    });

    it('a valid token from an issuer a route does not accept is a 403, on GraphQL and on the feeds', async () => {
      // A partner's subgraph (no service names it in "calls") and organisations, which reads no participants feed.
      const partner = internalSignerOf(graph.keysOf('partner-literacy'), 'partner-literacy');
      for (const [subgraph, url] of Object.entries(subgraphs())) {
        const jwt = await partner({ kind: 'anonymous' }, subgraph);
        for (const query of queries) {
          const { status, body } = await post(url, query, jwt);
          expect({ subgraph, query, status, codes: body.errors?.map((error) => error.extensions.code) }).toEqual({
            subgraph,
            query,
            status: 403,
            codes: ['FORBIDDEN'],
          });
        }
      }
      const feed = async (subgraph: 'activities' | 'participants', reader: string) => {
        const jwt = await internalSignerOf(graph.keysOf(reader), reader)({ kind: 'service', service: reader }, subgraph);
        const response = await fetch(subgraphs()[subgraph].replace('/graphql', '/internal/events?at=end'), {
          headers: { authorization: `Bearer ${jwt}` },
        });
        return { subgraph, reader, status: response.status, body: await response.json() };
      };
      expect(await feed('activities', 'partner-literacy')).toEqual({
        subgraph: 'activities',
        reader: 'partner-literacy',
        status: 403,
        body: { error: 'FORBIDDEN' },
      });
      expect(await feed('participants', 'organisations')).toEqual({
        subgraph: 'participants',
        reader: 'organisations',
        status: 403,
        body: { error: 'FORBIDDEN' },
      });
      expect((await feed('participants', 'reporting')).status).toBe(200);
    });

    it('each subgraph publishes its public key (never a private part) for the key directory', async () => {
      for (const [subgraph, url] of Object.entries(subgraphs())) {
        const { keys } = (await (await fetch(url.replace('/graphql', '/.well-known/jwks.json'))).json()) as {
          keys: Record<string, string>[];
        };
        expect({ subgraph, count: keys.length, kty: keys[0].kty, kid: typeof keys[0].kid, d: keys[0].d }).toEqual({
          subgraph,
          count: 1,
          kty: 'OKP',
          kid: 'string',
          d: undefined,
        });
      }
    });

    it('while the right token for each is accepted', async () => {
      for (const [subgraph, url] of Object.entries(subgraphs())) {
        const jwt = await graph.sign({ kind: 'anonymous' }, subgraph);
        expect({ subgraph, ...(await post(url, '{ __typename }', jwt)) }).toEqual({
          subgraph,
          status: 200,
          body: { data: { __typename: 'Query' } },
        });
      }
    });
  });
});
