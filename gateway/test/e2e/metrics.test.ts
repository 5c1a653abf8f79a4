import { activityInput, partnerIn, publishedActivity, registeredParticipant } from './fixtures';
import { startGraph, type Graph } from './graph';
import { eventually } from './wait';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

/** The value of the sample of `name` whose labels include `labels` (Prometheus text), or undefined. */
function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
  for (const line of text.split('\n')) {
    const match = /^(\w+)\{([^}]*)\} (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const given = Object.fromEntries([...match[2].matchAll(/(\w+)="([^"]*)"/g)].map(([, key, value]) => [key, value]));
    if (Object.entries(labels).every(([key, value]) => given[key] === value)) return Number(match[3]);
  }
  return undefined;
}

// Issue 18, metrics: what a platform team scrapes, in Prometheus text format, on a port of its own.
describe('metrics of the gateway and the subgraphs', () => {
  let graph: Graph;
  let coordinator: string;

  beforeAll(async () => {
    graph = await startGraph({ gateway: { metricsPort: 0 } });
    coordinator = await graph.token({ sub: 'metrics-coordinator', roles: ['COORDINATOR'], prisons: ['HAREN'] });
    const organisationId = await partnerIn(graph, coordinator, 'HAREN');
    await publishedActivity(graph, coordinator, activityInput('HAREN', organisationId));
    await registeredParticipant(graph, coordinator, { detaineeNumber: 'METRIC-7', firstName: 'Yasmina', lastName: 'Peeters' });
  });
  afterAll(() => graph?.stop());

  const scrape = async () => (await fetch(`http://127.0.0.1:${graph.gatewayMetricsPort}/metrics`)).text();

  it('counts requests by client operation and outcome, errors by code, and times them and each subgraph call', async () => {
    expect((await graph.run('directory/Prisons.graphql', { language: 'NL' })).errors).toBeUndefined();
    expect((await graph.send('query Stray { prisons { id } }')).errors?.[0].extensions?.code).toBe('OPERATION_NOT_ALLOWED');
    const missing = await graph.send('query Dossier($id: ID!) { participant(id: $id) { displayName } }', { id: UNKNOWN }, coordinator);
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const text = await scrape();
    expect(sample(text, 'graphql_requests_total', { service: 'gateway', operation: 'Prisons', outcome: 'ok' })).toBeGreaterThan(0);
    expect(sample(text, 'graphql_requests_total', { operation: 'Stray', outcome: 'error' })).toBe(1);
    expect(sample(text, 'graphql_errors_total', { code: 'OPERATION_NOT_ALLOWED' })).toBeGreaterThan(0);
    expect(sample(text, 'graphql_errors_total', { code: 'NOT_FOUND' })).toBeGreaterThan(0);
    expect(sample(text, 'graphql_request_duration_seconds_count', { operation: 'Dossier' })).toBe(1);
    expect(sample(text, 'subgraph_request_duration_seconds_count', { subgraph: 'participants' })).toBeGreaterThan(0);
    expect(sample(text, 'subgraph_request_duration_seconds_count', { subgraph: 'activities' })).toBeGreaterThan(0);
  });

  it('counts in each subgraph under the client operation, not the query plan name', async () => {
    const text = await (graph.participants as any).metrics.registry.metrics();
    expect(sample(text, 'graphql_requests_total', { service: 'participants', operation: 'Dossier', outcome: 'error' })).toBe(1);
    expect(text).not.toMatch(/__participants__/);
  });

  it("tells how far behind each producer's feed a consumer is", async () => {
    const text = await eventually(
      () => (graph.reporting as any).metrics.registry.metrics() as Promise<string>,
      (scraped) =>
        ['activities', 'participants'].every((producer) => sample(scraped, 'event_feed_behind_seconds', { producer }) !== undefined),
    );
    for (const producer of ['activities', 'participants'])
      expect(sample(text, 'event_feed_behind_seconds', { service: 'reporting', producer })).toBeGreaterThanOrEqual(0);
  });

  it('names no person, id or variable, and is not served on the public port', async () => {
    const text = await scrape();
    expect(text).not.toMatch(/Yasmina|Peeters|METRIC-7|metrics-coordinator|00000000-0000/);
    expect((await fetch(graph.gatewayUrl.replace(/\/graphql$/, '/metrics'))).status).toBe(404);
  });
});
