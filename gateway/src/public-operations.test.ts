import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  DEFAULT_PUBLIC_OPERATIONS_DIR,
  PublicOperations,
  operationRequestOf,
  readPublicOperation,
  sha256,
  type PublicOperation,
} from './public-operations';

const contractText = (name: string) => fs.readFileSync(path.join(DEFAULT_PUBLIC_OPERATIONS_DIR, `${name}.graphql`), 'utf8');

describe('the directory’s operations', () => {
  const directory = PublicOperations.load(DEFAULT_PUBLIC_OPERATIONS_DIR);
  const prisons = directory.operations.find(({ name }) => name === 'Prisons')!;

  it('are loaded from contract/directory by default, each known by its text and its sha256', () => {
    expect(directory.names).toEqual(['Activity', 'ActivityCalendar', 'Prisons', 'PublicOffer']);
    const text = contractText('Prisons');
    expect(prisons.text).toBe(text);
    expect(directory.withText(text)).toBe(prisons);
    expect(directory.textOf(sha256(text))).toBe(text);
    expect(sha256('{ prisons { id } }')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('are known by their printed form (and its hash) too, but not by any other variant of the text', () => {
    expect(prisons.printed).not.toMatch(/#/);
    expect(directory.withText(prisons.printed)).toBe(prisons);
    expect(directory.textOf(sha256(prisons.printed))).toBe(prisons.printed);
    expect(directory.withText(prisons.text.replace('  id', ' id'))).toBeUndefined();
    expect(directory.withText(`${prisons.text}\n`)).toBeUndefined();
    expect(directory.textOf(sha256(prisons.text).toUpperCase())).toBeUndefined();
  });

  it('are recognised in a request by its text first, else by its persisted query id', () => {
    expect(directory.recognise({ query: prisons.text })).toBe(prisons);
    expect(directory.recognise({ hash: sha256(prisons.text) })).toBe(prisons);
    expect(directory.recognise({ hash: sha256(prisons.printed) })).toBe(prisons);
    // A directory id does not vouch for another text: the text is what would run.
    expect(directory.recognise({ query: '{ whoAmI }', hash: sha256(prisons.text) })).toBeUndefined();
    expect(directory.recognise({ hash: sha256('{ whoAmI }') })).toBeUndefined();
    expect(directory.recognise({})).toBeUndefined();
  });

  it('must each be one named query', () => {
    expect(readPublicOperation('A.graphql', 'query A { a } fragment F on Query { b }').name).toBe('A');
    for (const text of ['mutation A { a }', '{ a }', 'query A { a } query B { b }', 'subscription S { s }']) {
      expect(() => readPublicOperation('X.graphql', text)).toThrow(/exactly one named query/);
    }
    expect(() => readPublicOperation('X.graphql', 'query {')).toThrow(/Syntax Error/);
  });

  it('must exist: a folder without operations fails the start', () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'cort-directory-'));
    try {
      expect(() => PublicOperations.load(empty)).toThrow(/holds no .graphql operations/);
      expect(() => PublicOperations.load(path.join(empty, 'missing'))).toThrow(/holds no .graphql operations/);
    } finally {
      fs.rmSync(empty, { recursive: true });
    }
  });
});

describe('the persisted-query store', () => {
  const operation: PublicOperation = { name: 'P', text: 'query P { p }', printed: 'query P {\n  p\n}' };
  const directory = new PublicOperations([operation]);
  const registered = new Map<string, string>();
  const apolloCache = {
    get: async (key: string) => registered.get(key),
    set: async (key: string, value: string) => void registered.set(key, value),
    delete: async (key: string) => registered.delete(key),
  };
  const store = directory.persistedQueryCache(() => apolloCache);

  it('answers the directory’s ids whatever the prefix, and leaves other ids to Apollo’s cache', async () => {
    expect(await store.get(`apq:${sha256(operation.text)}`)).toBe(operation.text);
    expect(await store.get(sha256(operation.printed))).toBe(operation.printed);
    expect(await store.get(`apq:${sha256('{ other }')}`)).toBeUndefined();
    await store.set(`apq:${sha256('{ other }')}`, '{ other }');
    expect(await store.get(`apq:${sha256('{ other }')}`)).toBe('{ other }');
    // Registering a directory operation again keeps nothing twice; deleting it leaves it ours.
    await store.set(`apq:${sha256(operation.text)}`, operation.text);
    await store.delete(`apq:${sha256(operation.text)}`);
    expect([...registered.keys()]).toEqual([`apq:${sha256('{ other }')}`]);
    expect(await store.get(`apq:${sha256(operation.text)}`)).toBe(operation.text);
  });
});

describe('operationRequestOf', () => {
  const extensions = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });

  it('reads a POST body’s query and persisted query id', () => {
    expect(operationRequestOf({ method: 'POST', url: '/', body: { query: '{ a }' } })).toEqual({ query: '{ a }' });
    expect(operationRequestOf({ method: 'POST', url: '/', body: { extensions: extensions('abc') } })).toEqual({ hash: 'abc' });
    expect(operationRequestOf({ method: 'POST', url: '/', body: { query: '', extensions: extensions('abc') } })).toEqual({
      query: '',
      hash: 'abc',
    });
  });

  it('reads a GET’s search parameters as Apollo does: each given once, extensions as JSON', () => {
    const url = `/graphql?query=${encodeURIComponent('{ a }')}&extensions=${encodeURIComponent(JSON.stringify(extensions('abc')))}`;
    expect(operationRequestOf({ method: 'GET', url, body: {} })).toEqual({ query: '{ a }', hash: 'abc' });
    expect(operationRequestOf({ method: 'GET', url: '/graphql?query=%7B+a+%7D', body: {} })).toEqual({ query: '{ a }' });
    expect(operationRequestOf({ method: 'GET', url: '/graphql?query=a&query=b', body: {} })).toEqual({});
    expect(operationRequestOf({ method: 'GET', url: '/graphql?extensions=not-json', body: {} })).toEqual({});
  });

  it('reads nothing from what Apollo refuses: batches, other methods, queries that are not strings', () => {
    expect(operationRequestOf({ method: 'POST', url: '/', body: [{ query: '{ a }' }] })).toEqual({});
    expect(operationRequestOf({ method: 'POST', url: '/', body: { query: 42, extensions: 'x' } })).toEqual({});
    expect(operationRequestOf({ method: 'PUT', url: '/?query=a', body: { query: '{ a }' } })).toEqual({});
    expect(operationRequestOf({ method: 'POST', url: '/', body: undefined })).toEqual({});
  });
});
