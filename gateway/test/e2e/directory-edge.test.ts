import { sha256 } from '../../src/public-operations';
import { assertNoLeaks } from '../leaks';
import { contract, startGraph, type Graph } from './graph';

// The directory site as it would run against the real graph: contract/directory's operations by their
// persisted query id over GET, answers a CDN may keep and revalidate, the same for everyone.
describe('the directory at the edge of the real graph', () => {
  let graph: Graph;
  beforeAll(async () => {
    // No background feed polling: it would add statements of its own to the counts.
    graph = await startGraph({ reporting: false, followIntervalMs: 3_600_000 });
  });
  afterAll(() => graph?.stop());

  async function get(file: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) {
    const url = new URL(graph.gatewayUrl);
    url.searchParams.set('variables', JSON.stringify(variables));
    url.searchParams.set('extensions', JSON.stringify({ persistedQuery: { version: 1, sha256Hash: sha256(contract(file)) } }));
    const response = await fetch(url, { headers: { 'apollo-require-preflight': 'true', ...headers } });
    const text = await response.text();
    assertNoLeaks({ status: response.status, text, headers: response.headers });
    return { status: response.status, text, cacheControl: response.headers.get('cache-control'), etag: response.headers.get('etag') };
  }

  it.each([
    ['directory/Prisons.graphql', { language: 'FR' }],
    ['directory/PublicOffer.graphql', { language: 'NL', prisonId: 'HAREN', first: 100 }],
  ])('%s runs by id over GET: public for 60 s, the same with a token, 304 when unchanged', async (file, variables) => {
    const byId = await get(file, variables);
    expect({ status: byId.status, cacheControl: byId.cacheControl }).toEqual({ status: 200, cacheControl: 'public, max-age=60' });
    const byText = await graph.run(file, variables);
    expect(JSON.parse(byId.text)).toEqual({ data: byText.data });
    expect(byText.headers.get('etag')).toBe(byId.etag);

    const coordinator = await graph.token({ roles: ['COORDINATOR'], prisons: ['HAREN'] });
    const signedIn = await get(file, variables, { authorization: `Bearer ${coordinator}` });
    expect(signedIn).toEqual(byId);
    expect(await get(file, variables, { 'if-none-match': byId.etag! })).toEqual({ ...byId, status: 304, text: '' });
  });

  it('refuses anything else anonymously, and pages over 100, before any subgraph runs a statement', async () => {
    const counts = () => Object.values(graph.statements).map((statements) => statements.count);
    const before = counts();
    const organisations = await graph.run('web/Organisations.graphql', { prisonId: 'HAREN' });
    expect({ status: organisations.status, code: organisations.errors?.[0].extensions?.code }).toEqual({
      status: 401,
      code: 'OPERATION_NOT_ALLOWED',
    });
    const tooMany = await graph.run('directory/PublicOffer.graphql', { language: 'NL', first: 101 });
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(tooMany.headers.get('cache-control')).toBe('no-store');
    expect(counts()).toEqual(before);
  });
});
