import fs from 'node:fs';
import path from 'node:path';
import { generateEs256KeyPair, mintUserToken } from '@cort/auth';
import { audience, bearer, claimsOf, coordinator, issuer, TEST_DIRECTORY, token, useTestGateway } from './harness';

/** Who reaches the subgraphs, and with what: the gateway's side of identity and access. */
const gw = useTestGateway();

describe('a signed-in user', () => {
  it("reaches each subgraph with an internal token for that subgraph, carrying the user's identity", async () => {
    const { status, body, headers } = await gw.post(
      '{ activities(prisonId: "HAREN") { id organisation { id name } } whoAmI }',
      await bearer(),
    );
    expect(status).toBe(200);
    const requestId = headers.get('x-request-id');
    expect(body).toEqual({
      data: { activities: [{ id: 'a1', organisation: { id: 'o1', name: 'De Rode Antraciet' } }], whoAmI: 'user:person-7' },
    });
    for (const subgraph of gw.graph.subgraphs) {
      expect(subgraph.received.length).toBeGreaterThan(0);
      for (const request of subgraph.received) {
        expect(request.caller).toEqual({ kind: 'user', ...coordinator });
        expect(request.headers['x-request-id']).toBe(requestId);
        const claims = claimsOf(request.headers.authorization!.replace(/^Bearer /, ''));
        expect(claims.aud).toBe(subgraph.name);
        expect(claims.exp - claims.iat).toBeLessThanOrEqual(60);
      }
    }
  });

  it("never passes the client's headers on, forged identity headers included", async () => {
    const clientToken = await token();
    const forged = {
      'x-user-id': 'admin',
      'x-roles': 'POLICY_COORDINATOR',
      'x-prisons': 'ALL',
      cookie: 'session=abc',
      'x-forwarded-for': '1.2.3.4',
    };
    const { body } = await gw.post('{ activities(prisonId: "HAREN") { id organisation { name } } }', {
      authorization: `Bearer ${clientToken}`,
      ...forged,
    });
    expect(body.errors).toBeUndefined();
    const received = gw.received();
    expect(received.length).toBeGreaterThanOrEqual(2);
    for (const request of received) {
      for (const name of Object.keys(forged)) expect(request.headers).not.toHaveProperty(name);
      expect(request.headers.authorization).not.toContain(clientToken);
    }
  });

  it('may mutate, through the subgraph that owns the mutation', async () => {
    const { body } = await gw.post('mutation { renameOrganisation(id: "o1", name: "Nieuw") { id name } }', await bearer());
    expect(body.data).toEqual({ renameOrganisation: { id: 'o1', name: 'Nieuw' } });
  });
});

describe('a bad token', () => {
  const otherKey = generateEs256KeyPair().privateKey;
  it.each([
    ['expired', () => token(coordinator, { expiresIn: -300 })],
    ['from another issuer', () => token(coordinator, { issuer: 'https://evil.example.test' })],
    ['signed by another key', () => mintUserToken(coordinator, otherKey, { issuer, audience, expiresIn: '1h' })],
    ['with an unknown role', () => token({ ...coordinator, roles: ['ROOT' as never] })],
    ['that is garbage', async () => 'not-a-token'],
  ])('%s is a 401 UNAUTHENTICATED, never a fall-back to anonymous, and no subgraph is called', async (_case, make) => {
    for (const query of ['{ activities(prisonId: "HAREN") { id } }', '{ publicOffer { id } }']) {
      const { status, body } = await gw.post(query, { authorization: `Bearer ${await make()}` });
      expect(status).toBe(401);
      expect(body.data).toBeUndefined();
      expect(body.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    }
    expect(gw.received()).toEqual([]);
  });

  it('in a header that is not a bearer token is a 401 too', async () => {
    const { status, body } = await gw.post('{ publicOffer { id } }', { authorization: 'Basic YWRtaW46YWRtaW4=' });
    expect(status).toBe(401);
    expect(body.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('an anonymous caller', () => {
  it('runs the directory’s public offer; subgraphs get an explicit anonymous token', async () => {
    const { status, body } = await gw.post(fs.readFileSync(path.join(TEST_DIRECTORY, 'PublicOffer.graphql'), 'utf8'));
    expect(status).toBe(200);
    expect(body.data).toEqual({ publicOffer: [{ id: 'a1', title: 'Yoga', organisation: { name: 'De Rode Antraciet' } }] });
    const received = gw.received();
    expect(received.map((request) => request.caller)).toEqual(received.map(() => ({ kind: 'anonymous' })));
  });

  it.each([
    ['a private root field', '{ organisations(prisonId: "HAREN") { id } }'],
    ['a private field beside a public one', '{ publicOffer { id } whoAmI }'],
    ['a private field in a fragment', 'query { ...F } fragment F on Query { ... on Query { activities(prisonId: "HAREN") { id } } }'],
    ['a mutation', 'mutation { renameOrganisation(id: "o1", name: "x") { id } }'],
  ])('is refused %s with OPERATION_NOT_ALLOWED (not in the directory), without any subgraph call', async (_case, query) => {
    const { status, body } = await gw.post(query);
    expect(status).toBe(401);
    expect(body.data).toBeUndefined();
    expect(body.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'OPERATION_NOT_ALLOWED' }) })]);
    expect(gw.received()).toEqual([]);
  });
});
