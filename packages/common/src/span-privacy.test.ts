import { privateAttributes } from './span-privacy';

const SERVER = 1;
const CLIENT = 2;

describe('privateAttributes', () => {
  it('keeps a URL without its query string or fragment, and drops the query on its own', () => {
    const cleaned = privateAttributes({
      'url.full': 'http://gateway/graphql?variables={"search":"Peeters"}#x',
      'http.target': '/graphql?query=x',
      'url.query': 'variables=…',
      'url.path': '/graphql',
    });
    expect(cleaned).toEqual({ 'url.full': 'http://gateway/graphql', 'http.target': '/graphql', 'url.path': '/graphql' });
  });

  it('replaces quoted literals in SQL and keeps the placeholders', () => {
    const cleaned = privateAttributes({
      'db.query.text': `SELECT "id" FROM "Participant" WHERE "lastName" = 'O''Brien' AND "prisonId" = $1`,
    });
    expect(cleaned['db.query.text']).toBe(`SELECT "id" FROM "Participant" WHERE "lastName" = '?' AND "prisonId" = $1`);
  });

  it("drops the caller's address and user agent, and the peer address only where the peer is the client", () => {
    const attributes = {
      'client.address': '203.0.113.7',
      'user_agent.original': 'Mozilla/5.0',
      'network.peer.address': '203.0.113.7',
      'http.route': '/graphql',
    };
    expect(privateAttributes(attributes, SERVER)).toEqual({ 'http.route': '/graphql' });
    expect(privateAttributes(attributes, CLIENT)).toEqual({ 'network.peer.address': '203.0.113.7', 'http.route': '/graphql' });
  });

  it('leaves every other attribute as it was', () => {
    const attributes = {
      'graphql.operation.name': 'CoordinatorOffer',
      'http.response.status_code': 200,
      'cort.request_id': 'abc',
      flags: [1, 2],
    };
    expect(privateAttributes(attributes)).toEqual(attributes);
  });
});
