import fs from 'node:fs';
import path from 'node:path';
import { bearer, TEST_DIRECTORY, useTestGateway } from './harness';

/** Attacks at the edge: each is refused with a clear status and code, and reaches no subgraph. */
const gw = useTestGateway();

const send = (body: string, headers: Record<string, string> = {}) =>
  fetch(gw.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

const nested = (levels: number) => `{ activities(prisonId: "HAREN") { ${'related { '.repeat(levels - 2)}id${' }'.repeat(levels - 2)} } }`;

describe('operation limits at the gateway', () => {
  it('refuses deep nesting, per caller, before any subgraph call', async () => {
    const deep = await gw.post(nested(9), await bearer());
    expect(deep.status).toBe(400);
    expect(deep.body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/depth limit of 8/),
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect((await gw.post(nested(8), await bearer())).body.errors).toBeUndefined();

    // Anonymous callers run the directory's operations only (their lower limits are unit-tested in limits.test.ts).
    const anonymousDeep = await gw.post(`{ publicOffer { ${'related { '.repeat(5)}id${' }'.repeat(5)} } }`);
    expect(anonymousDeep.status).toBe(401);
    expect(anonymousDeep.body.errors?.[0].extensions.code).toBe('OPERATION_NOT_ALLOWED');
    expect(gw.received()).toHaveLength(1); // only the operation within the limits ran
  });

  it('refuses alias floods and root-field fan-out, through fragments', async () => {
    const aliases = `{ ${Array.from({ length: 11 }, (_, i) => `a${i}: whoAmI`).join(' ')} }`;
    const flood = await gw.post(aliases, await bearer());
    expect(flood.status).toBe(400);
    expect(flood.body.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const fanOut = await gw.post(
      `{ publicOffer { id } ...P } fragment P on Query { prisons { id } ... on Query { ${'publicOffer { title } prisons { id } '.repeat(5)} } }`,
      await bearer(),
    );
    expect(fanOut.status).toBe(400);
    expect(fanOut.body.errors?.[0].message).toMatch(/12 root fields; the limit is 10/);
    expect(gw.received()).toEqual([]);
  });

  it('refuses fragment cycles with graphql’s own validation', async () => {
    const cycle = await gw.post(
      `{ publicOffer { ...A } } fragment A on Activity { related { ...B } } fragment B on Activity { related { ...A } }`,
      await bearer(),
    );
    expect(cycle.status).toBe(400);
    expect(cycle.body.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(gw.received()).toEqual([]);
  });

  it('refuses documents of more than 1000 tokens while parsing', async () => {
    const long = await gw.post(`{ publicOffer { ${'id '.repeat(1000)} } }`, await bearer());
    expect(long.status).toBe(400);
    expect(long.body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/more that 1000 tokens/),
      extensions: { code: 'GRAPHQL_PARSE_FAILED' },
    });
    expect(gw.received()).toEqual([]);
  });
});

describe('HTTP at the gateway', () => {
  it('answers 413 to a body over 64 kB, without parsing it', async () => {
    const response = await send(JSON.stringify({ query: `{ publicOffer { id } }`, variables: { pad: 'x'.repeat(70 * 1024) } }));
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
    expect(gw.received()).toEqual([]);
  });

  it('answers 400 to batched (array) requests and to bodies that are not JSON', async () => {
    const batch = await send(JSON.stringify([{ query: '{ prisons { id } }' }, { query: '{ prisons { id } }' }]));
    expect(batch.status).toBe(400);
    const garbage = await send('{"query": ');
    expect(garbage.status).toBe(400);
    expect(await garbage.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_REQUEST' } }] });
    expect(gw.received()).toEqual([]);
  });

  it('never runs a mutation over GET, and refuses simple (CSRF-able) GET requests', async () => {
    const url = new URL(gw.gateway.url);
    url.searchParams.set('query', 'mutation { renameOrganisation(id: "o1", name: "x") { id } }');
    const mutation = await fetch(url, { headers: { 'apollo-require-preflight': 'true', ...(await bearer()) } });
    expect(mutation.status).toBe(405);
    // Even a directory operation, which anyone may run: a GET needs a header no simple request can carry.
    url.searchParams.set('query', fs.readFileSync(path.join(TEST_DIRECTORY, 'Prisons.graphql'), 'utf8'));
    const simple = await fetch(url);
    expect(simple.status).toBe(400);
    expect(await simple.text()).toMatch(/CSRF/);
    expect(gw.received()).toEqual([]);
  });
});

describe('in production', () => {
  let production: Awaited<ReturnType<typeof gw.start>>;
  beforeAll(async () => {
    production = await gw.start({ production: true, introspection: false });
  });
  afterAll(() => production?.stop());

  it('has no introspection, no suggestions and no landing page', async () => {
    const introspection = await gw.post('{ __schema { types { name } } }', await bearer(), production.url);
    expect(introspection.status).toBe(400);
    const typo = await gw.post('{ publicOffr { id } }', await bearer(), production.url);
    expect(typo.status).toBe(400);
    expect(JSON.stringify(typo.body)).not.toMatch(/Did you mean|publicOffer/);
    const landingPage = async (url: string) => (await (await fetch(url, { headers: { accept: 'text/html' } })).text()).match(/<html/i);
    expect(await landingPage(gw.gateway.url)).toBeTruthy(); // in development there is one
    expect(await landingPage(production.url)).toBeNull();
    // In development the same typo is answered with a suggestion: that is what production hides.
    expect(JSON.stringify((await gw.post('{ publicOffr { id } }', await bearer())).body)).toMatch(/Did you mean/);
  });
});
