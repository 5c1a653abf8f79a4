import { ANONYMOUS, type Caller } from '@cort/auth';
import { identityOf, InFlightFetches } from './subgraph-dedup';
import type { SubgraphCall } from './subgraph-http';

const URL = 'http://activities.internal/graphql';
const COORDINATOR: Caller = { kind: 'user', sub: 'u1', roles: ['COORDINATOR'], prisons: ['HAREN'] };
const OTHER_COORDINATOR: Caller = { kind: 'user', sub: 'u2', roles: ['COORDINATOR'], prisons: ['HAREN'] };

/** A subgraph that answers each fetch when told to, counting what reached it. */
function subgraph() {
  const pending: { resolve: (response: Response) => void; reject: (error: Error) => void }[] = [];
  const fetch = (_url: string, _init?: SubgraphCall) => new Promise<Response>((resolve, reject) => pending.push({ resolve, reject }));
  return {
    fetch,
    reached: () => pending.length,
    answerAll: (body: string) => pending.forEach(({ resolve }) => resolve(new Response(body, { status: 200 }))),
    failAll: (error: Error) => pending.forEach(({ reject }) => reject(error)),
  };
}

/** A subgraph request as the data source sends it: a fresh token and request id each time. */
const init = (variables: Record<string, unknown> = { prisonId: 'HAREN' }): SubgraphCall => ({
  method: 'POST',
  headers: {
    'content-type': 'application/json',
    authorization: `Bearer ${Math.random()}`,
    'x-request-id': String(Math.random()),
  },
  body: JSON.stringify({ query: 'query { offer(prisonId: $prisonId) { id } }', variables }),
});

const send = (graph: ReturnType<typeof subgraph>, fetches: InFlightFetches, caller: Caller | undefined, request = init()) =>
  fetches.share(caller && identityOf(caller), URL, request, () => graph.fetch(URL, request));

describe('identical subgraph fetches under way', () => {
  it('go out once for the same caller and request, each waiter reading its own answer', async () => {
    const graph = subgraph();
    const fetches = new InFlightFetches();
    // The same caller in another object, written in another order: the same identity.
    const same: Caller = { prisons: ['HAREN'], roles: ['COORDINATOR'], sub: 'u1', kind: 'user' } as Caller;
    const answers = [send(graph, fetches, COORDINATOR), send(graph, fetches, same), send(graph, fetches, COORDINATOR)];
    await Promise.resolve();
    expect(graph.reached()).toBe(1);
    graph.answerAll('{"data":{"offer":[]}}');
    const texts = await Promise.all((await Promise.all(answers)).map((response) => response.text()));
    expect(texts).toEqual(Array(3).fill('{"data":{"offer":[]}}'));
    expect(fetches.size).toBe(0);
  });

  it('go out once per caller: never shared across users, nor between a user and the anonymous caller', async () => {
    const graph = subgraph();
    const fetches = new InFlightFetches();
    const answers = [send(graph, fetches, COORDINATOR), send(graph, fetches, OTHER_COORDINATOR), send(graph, fetches, ANONYMOUS)];
    await Promise.resolve();
    expect(graph.reached()).toBe(3);
    graph.answerAll('{"data":{"offer":[]}}');
    await Promise.all(answers);
  });

  it('go out once per request: other variables are another fetch', async () => {
    const graph = subgraph();
    const fetches = new InFlightFetches();
    const answers = [
      send(graph, fetches, COORDINATOR, init({ prisonId: 'HAREN' })),
      send(graph, fetches, COORDINATOR, init({ prisonId: 'GENT' })),
    ];
    await Promise.resolve();
    expect(graph.reached()).toBe(2);
    graph.answerAll('{"data":{"offer":[]}}');
    await Promise.all(answers);
  });

  it('are never shared for a mutation (no caller to share with)', async () => {
    const graph = subgraph();
    const fetches = new InFlightFetches();
    const answers = [send(graph, fetches, undefined), send(graph, fetches, undefined)];
    await Promise.resolve();
    expect(graph.reached()).toBe(2);
    expect(fetches.size).toBe(0);
    graph.answerAll('{"data":{"requestEnrolment":{"id":"e1"}}}');
    await Promise.all(answers);
  });

  it('fail every waiter when the one fetch fails, and leave nothing behind', async () => {
    const graph = subgraph();
    const fetches = new InFlightFetches();
    const answers = [send(graph, fetches, COORDINATOR), send(graph, fetches, COORDINATOR)].map((answer) =>
      answer.then(
        () => 'answered',
        (error: Error) => error.message,
      ),
    );
    await Promise.resolve();
    expect(fetches.size).toBe(1);
    graph.failAll(new Error('timeout'));
    expect(await Promise.all(answers)).toEqual(['timeout', 'timeout']);
    expect(fetches.size).toBe(0);
    // Settled: the next ask fetches again.
    const again = send(graph, fetches, COORDINATOR);
    await Promise.resolve();
    expect(graph.reached()).toBe(2);
    graph.answerAll('{"data":{}}');
    await again;
    expect(fetches.size).toBe(0);
  });

  it('after a change, no later request joins a fetch that was under way before it', async () => {
    const graph = subgraph();
    const fetches = new InFlightFetches();
    const before = send(graph, fetches, COORDINATOR);
    await Promise.resolve();
    fetches.forgetUnderWay();
    const after = send(graph, fetches, COORDINATOR);
    await Promise.resolve();
    expect(graph.reached()).toBe(2);
    graph.answerAll('{"data":{}}');
    await Promise.all([before, after]);
    expect(fetches.size).toBe(0);
  });
});
