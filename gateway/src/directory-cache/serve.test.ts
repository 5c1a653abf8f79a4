import type { AddressInfo } from 'node:net';
import express from 'express';
import { httpCaching } from '../http-cache';
import { operationRequestOf, type PublicOperation } from '../public-operations';
import { MemoryAnswerCache } from './answer-cache';
import { serveDirectoryFromCache } from './serve';

const PRISONS: PublicOperation = { name: 'Prisons', text: 'query Prisons { prisons { id } }', printed: 'query Prisons { prisons { id } }' };

/** The cache in front of a stand-in for Apollo that counts what reaches it. */
async function edge() {
  const cache = new MemoryAnswerCache();
  let executed = 0;
  const app = express();
  app.use(httpCaching(60), express.json(), (req, res, next) => {
    res.locals.operationRequest = operationRequestOf(req);
    res.locals.publicOperation = res.locals.operationRequest.query === PRISONS.text ? PRISONS : undefined;
    next();
  });
  app.use(serveDirectoryFromCache({ cache, maxAgeSeconds: 60, following: () => true }));
  app.use((_req, res) => {
    executed++;
    res.type('application/json').send(JSON.stringify({ data: { prisons: [{ id: 'HAREN' }] } }));
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const get = (params: Record<string, string>, headers: Record<string, string> = { 'apollo-require-preflight': 'true' }) =>
    fetch(`${url}?${new URLSearchParams({ query: PRISONS.text, ...params })}`, { headers });
  return { get, executed: () => executed, stop: () => new Promise((resolve) => server.close(resolve)) };
}

describe('the directory cache at the GraphQL endpoint', () => {
  it('answers the second ask from the cache, with the same entity tag and its age', async () => {
    const { get, executed, stop } = await edge();
    try {
      const first = await get({ variables: '{"language":"NL"}' });
      const second = await get({ variables: '{ "language": "NL" }' });
      expect(executed()).toBe(1);
      expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
      expect(second.headers.get('age')).toBe('0');
      expect(await second.text()).toBe(await first.text());
      expect((await get({ variables: '{"language":"FR"}' })).headers.get('age')).toBeNull();
      expect(executed()).toBe(2);
    } finally {
      await stop();
    }
  });

  it('leaves to Apollo every request Apollo would refuse', async () => {
    const { get, executed, stop } = await edge();
    try {
      await get({ variables: '{"language":"NL"}' });
      const refusedByApollo = [
        get({ variables: '{"language":"NL"}' }, {}), // no CSRF header
        get({ variables: '{"language":"NL"}', operationName: 'Other' }),
        get({ variables: 'not json' }),
        get({ variables: '["NL"]' }),
        get({ variables: '{"language":"NL"}' }, { 'apollo-require-preflight': 'true', accept: 'text/html' }),
      ];
      for (const response of await Promise.all(refusedByApollo)) expect(response.headers.get('age')).toBeNull();
      expect(executed()).toBe(1 + refusedByApollo.length);
    } finally {
      await stop();
    }
  });
});
