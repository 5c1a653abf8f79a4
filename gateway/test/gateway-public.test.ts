import fs from 'node:fs';
import path from 'node:path';
import { parse, print } from 'graphql';
import { sha256 } from '../src/public-operations';
import { bearer, TEST_DIRECTORY, useTestGateway } from './harness';
import { assertNoLeaks } from './leaks';

/** The directory at the edge: anonymous callers run its operations only, and their answers are cacheable. */
const gw = useTestGateway();

const PRISONS = fs.readFileSync(path.join(TEST_DIRECTORY, 'Prisons.graphql'), 'utf8');
const OFFER = fs.readFileSync(path.join(TEST_DIRECTORY, 'PublicOffer.graphql'), 'utf8');
const persisted = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });
// The header Apollo's CSRF prevention asks of a GET (a simple cross-site GET cannot carry it).
const PREFLIGHT = { 'apollo-require-preflight': 'true' };

interface Sent {
  query?: string;
  variables?: Record<string, unknown>;
  extensions?: Record<string, unknown>;
}

async function send(request: Sent, headers: Record<string, string> = {}, method: 'GET' | 'POST' = 'POST', url = gw.gateway.url) {
  let response: Response;
  if (method === 'GET') {
    const get = new URL(url);
    for (const [name, value] of Object.entries(request))
      get.searchParams.set(name, typeof value === 'string' ? value : JSON.stringify(value));
    response = await fetch(get, { headers });
  } else {
    response = await fetch(url, { method, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(request) });
  }
  const text = await response.text();
  assertNoLeaks({ status: response.status, text, headers: response.headers });
  return {
    status: response.status,
    text,
    body: (text ? JSON.parse(text) : undefined) as { data?: any; errors?: any[] } | undefined,
    cacheControl: response.headers.get('cache-control'),
    etag: response.headers.get('etag'),
    headers: response.headers,
  };
}
const codeOf = (answer: Awaited<ReturnType<typeof send>>) => answer.body?.errors?.[0]?.extensions?.code;

describe('anonymous callers', () => {
  it('run a directory operation by its exact text or its printed form, and nothing else', async () => {
    for (const query of [PRISONS, print(parse(PRISONS))]) {
      const answer = await send({ query });
      expect({ status: answer.status, body: answer.body }).toEqual({ status: 200, body: { data: { prisons: [{ id: 'HAREN' }] } } });
    }
    expect(gw.received().map(({ caller }) => caller)).toEqual([{ kind: 'anonymous' }, { kind: 'anonymous' }]);
    gw.graph.activities.received.length = 0;

    for (const query of [PRISONS.replace('# The', '# the'), '{ prisons { id } }', `${PRISONS} `, 'query { whoAmI }']) {
      const refused = await send({ query });
      expect(refused.status).toBe(401);
      expect(refused.headers.get('www-authenticate')).toBe('Bearer');
      expect(refused.body?.errors).toEqual([
        {
          message: expect.stringMatching(/^Sign in to run this operation.*\(Prisons, PublicOffer\)/),
          extensions: { code: 'OPERATION_NOT_ALLOWED', requestId: refused.headers.get('x-request-id') },
        },
      ]);
    }
    expect(gw.received()).toEqual([]);
  });

  it('run a directory operation by its persisted query id (of the text or of the printed form), by POST and GET', async () => {
    for (const hash of [sha256(OFFER), sha256(print(parse(OFFER)))]) {
      const byPost = await send({ variables: { first: 5 }, extensions: persisted(hash) });
      expect(byPost.body).toEqual({ data: { publicOffer: [{ id: 'a1', title: 'Yoga', organisation: { name: 'De Rode Antraciet' } }] } });
      const byGet = await send({ variables: { first: 5 }, extensions: persisted(hash) }, PREFLIGHT, 'GET');
      expect({ status: byGet.status, text: byGet.text }).toEqual({ status: 200, text: byPost.text });
    }
    // Apollo's registering request (id and text) works too.
    expect((await send({ query: PRISONS, extensions: persisted(sha256(PRISONS)) })).body?.data).toEqual({ prisons: [{ id: 'HAREN' }] });
  });

  it('get PERSISTED_QUERY_NOT_FOUND for any other id, even one a signed-in client registered', async () => {
    const other = '{ whoAmI }';
    const registered = await send({ query: other, extensions: persisted(sha256(other)) }, await bearer());
    expect(registered.body?.data).toEqual({ whoAmI: 'user:person-7' });
    expect((await send({ extensions: persisted(sha256(other)) }, await bearer())).body?.data).toEqual({ whoAmI: 'user:person-7' });
    gw.graph.activities.received.length = 0;

    for (const hash of [sha256(other), sha256('{ never seen }'), 'not-a-hash']) {
      const unknown = await send({ extensions: persisted(hash) });
      expect({ status: unknown.status, code: codeOf(unknown), cacheControl: unknown.cacheControl }).toEqual({
        status: 200, // as Apollo answers it, so that persisted-query clients send the text next
        code: 'PERSISTED_QUERY_NOT_FOUND',
        cacheControl: 'no-store',
      });
    }
    // A directory id does not vouch for another text sent with it.
    expect(codeOf(await send({ query: other, extensions: persisted(sha256(PRISONS)) }))).toBe('OPERATION_NOT_ALLOWED');
    expect(gw.received()).toEqual([]);
  });
});

describe('signed-in users', () => {
  it('run any operation; their answers are never stored', async () => {
    const answer = await send({ query: '{ whoAmI activities(prisonId: "HAREN") { id } }' }, await bearer());
    expect(answer.body).toEqual({ data: { whoAmI: 'user:person-7', activities: [{ id: 'a1' }] } });
    expect({ cacheControl: answer.cacheControl, etag: answer.etag }).toEqual({ cacheControl: 'no-store', etag: null });
  });
});

describe('public answers', () => {
  it('are public for 60 s with a strong ETag, and the same with a token, a bad token or none', async () => {
    const anonymous = await send({ query: OFFER });
    expect(anonymous.status).toBe(200);
    expect(anonymous.cacheControl).toBe('public, max-age=60');
    expect(anonymous.etag).toMatch(/^"[\w-]{43}"$/);
    for (const authorization of [(await bearer()).authorization, 'Bearer not-a-token', 'Basic YWRtaW46YWRtaW4=']) {
      const withHeader = await send({ query: OFFER }, { authorization });
      expect({ status: withHeader.status, text: withHeader.text, cacheControl: withHeader.cacheControl, etag: withHeader.etag }).toEqual({
        status: 200,
        text: anonymous.text,
        cacheControl: anonymous.cacheControl,
        etag: anonymous.etag,
      });
    }
    // Run as the anonymous caller each time: the token was not even read.
    expect(new Set(gw.received().map(({ caller }) => caller?.kind))).toEqual(new Set(['anonymous']));
  });

  it('answer 304 without a body to a matching If-None-Match, by GET and POST, and 200 to another', async () => {
    const first = await send({ query: PRISONS }, PREFLIGHT, 'GET');
    expect(first.status).toBe(200);
    for (const method of ['GET', 'POST'] as const) {
      for (const ifNoneMatch of [first.etag!, `"stale", W/${first.etag}`]) {
        const again = await send({ query: PRISONS }, { ...PREFLIGHT, 'if-none-match': ifNoneMatch }, method);
        expect({ status: again.status, text: again.text, cacheControl: again.cacheControl, etag: again.etag }).toEqual({
          status: 304,
          text: '',
          cacheControl: 'public, max-age=60',
          etag: first.etag,
        });
      }
    }
    const changed = await send({ query: PRISONS }, { ...PREFLIGHT, 'if-none-match': '"stale"' }, 'GET');
    expect({ status: changed.status, text: changed.text }).toEqual({ status: 200, text: first.text });
  });

  it('need a CSRF header or a JSON content type by GET, as every GET does', async () => {
    const simple = await send({ extensions: persisted(sha256(PRISONS)) }, {}, 'GET');
    expect({ status: simple.status, code: codeOf(simple), cacheControl: simple.cacheControl }).toEqual({
      status: 400,
      code: 'BAD_REQUEST',
      cacheControl: 'no-store',
    });
    expect(simple.text).toMatch(/Cross-Site Request Forgery/);
    for (const headers of [PREFLIGHT, { 'x-apollo-operation-name': 'Prisons' }, { 'content-type': 'application/json' }] as Record<
      string,
      string
    >[]) {
      expect((await send({ extensions: persisted(sha256(PRISONS)) }, headers, 'GET')).cacheControl).toBe('public, max-age=60');
    }
  });

  it('are never stored when they carry an error', async () => {
    const tooMany = await send({ query: OFFER, variables: { first: 101 } });
    expect({ status: tooMany.status, code: codeOf(tooMany), cacheControl: tooMany.cacheControl, etag: tooMany.etag }).toEqual({
      status: 400,
      code: 'BAD_USER_INPUT',
      cacheControl: 'no-store',
      etag: null,
    });
    const badVariables = await send({ query: OFFER, variables: { first: 'many' } });
    expect({ code: codeOf(badVariables), cacheControl: badVariables.cacheControl }).toEqual({
      code: 'BAD_USER_INPUT',
      cacheControl: 'no-store',
    });
    const refused = await send({ query: '{ whoAmI }' });
    expect({ status: refused.status, cacheControl: refused.cacheControl }).toEqual({ status: 401, cacheControl: 'no-store' });
    const badToken = await send({ query: '{ whoAmI }' }, { authorization: 'Bearer not-a-token' });
    expect({ status: badToken.status, cacheControl: badToken.cacheControl }).toEqual({ status: 401, cacheControl: 'no-store' });
  });

  it('may be kept as long as configured', async () => {
    const briefly = await gw.start({ directory: { ...gw.config().directory, maxAgeSeconds: 5 } });
    try {
      expect((await send({ query: PRISONS }, {}, 'POST', briefly.url)).cacheControl).toBe('public, max-age=5');
    } finally {
      await briefly.stop();
    }
  });
});

describe('page sizes at the gateway', () => {
  it('refuse first above 100 or below 0, as a variable or its default, before any subgraph call', async () => {
    for (const first of [101, -1, 10_000]) {
      const refused = await send({ query: OFFER, variables: { first } });
      expect(refused.body?.errors).toEqual([
        expect.objectContaining({
          message: `first must be between 0 and 100; this operation asks for ${first}.`,
          extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'first' }),
        }),
      ]);
    }
    const signedIn = await bearer();
    const byDefault = await send({ query: 'query($n: Int = 500) { publicOffer(first: $n) { id } }' }, signedIn);
    expect(codeOf(byDefault)).toBe('BAD_USER_INPUT');
    const inFragment = await send(
      { query: '{ ...F } fragment F on Query { activities(prisonId: "H") { related(first: 101) { id } } }' },
      signedIn,
    );
    expect(codeOf(inFragment)).toBe('BAD_USER_INPUT');
    expect(gw.received()).toEqual([]);

    expect((await send({ query: OFFER, variables: { first: 100 } })).body?.errors).toBeUndefined();
    expect((await send({ query: 'query($n: Int = 500) { publicOffer(first: $n) { id } }', variables: { n: 0 } }, signedIn)).body).toEqual({
      data: { publicOffer: [{ id: 'a1' }] },
    });
  });
});
