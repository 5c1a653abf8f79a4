import { REQUEST_ID_ATTRIBUTE } from '@cort/common';
import { LEAKS, scanText } from '../leaks';
import { activityInput, partnerIn, publishedActivity, registeredParticipant } from './fixtures';
import type { Graph } from './graph';
import { startOtlpReceiver, type ReceivedSpan } from './otlp-receiver';
import { startSpawnedGraph } from './spawned-graph';
import { eventually } from './wait';

// Someone no other test names: if any of these reaches a span, the scan below finds it.
const FIRST_NAME = 'Zephyrine';
const LAST_NAME = 'Vanderspurt';
const DETAINEE_NUMBER = 'TRACE-90417';
const PERSONAL = [FIRST_NAME, LAST_NAME, DETAINEE_NUMBER];
// The leak scanner's rules that hold for traces too (SQL, table names and internal addresses are a trace's point).
const RULES = LEAKS.filter(([what]) => what === 'a token' || what === 'a connection string');

const SERVER = 2;
const CLIENT = 3;

/**
 * Issue 18, traces: OpenTelemetry patches modules as Node loads them, which jest's module loader
 * bypasses, so this test runs the graph as real processes (the built entry points, as `npm start`)
 * with OTEL_EXPORTER_OTLP_ENDPOINT set to a receiver of its own, and reads what they export.
 */
describe('traces across the graph (OTLP over HTTP)', () => {
  let receiver: Awaited<ReturnType<typeof startOtlpReceiver>>;
  let graph: Awaited<ReturnType<typeof startSpawnedGraph>>;
  let coordinator: string;
  let participantId: string;
  let organisationId: string;

  beforeAll(async () => {
    receiver = await startOtlpReceiver();
    // Every feed poll traced here (in production one in a hundred): the test below looks at one.
    graph = await startSpawnedGraph({
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint,
      OTEL_BSP_SCHEDULE_DELAY: '200',
      TRACE_BACKGROUND_RATIO: '1',
    });
    coordinator = await graph.token({ sub: 'trace-coordinator', roles: ['COORDINATOR'], prisons: ['HAREN'] });
    const asGraph = graph as unknown as Graph;
    organisationId = await partnerIn(asGraph, coordinator, 'HAREN');
    await publishedActivity(asGraph, coordinator, activityInput('HAREN', organisationId));
    participantId = await registeredParticipant(asGraph, coordinator, {
      firstName: FIRST_NAME,
      lastName: LAST_NAME,
      detaineeNumber: DETAINEE_NUMBER,
    });
  }, 600_000);
  afterAll(async () => {
    await graph?.stop();
    await receiver?.stop();
  });

  const inTrace = (traceId: string) => receiver.spans.filter((span) => span.traceId === traceId);
  const serverSpanOf = (requestId: string) =>
    eventually(
      async () =>
        receiver.spans.find(
          (span) => span.service === 'gateway' && span.kind === SERVER && span.attributes[REQUEST_ID_ATTRIBUTE] === requestId,
        ),
      (span) => span !== undefined,
    ) as Promise<ReceivedSpan>;

  it('connects the gateway, each subgraph the plan calls and their SQL in one trace carrying the request id', async () => {
    const answer = await graph.run('web/CoordinatorOffer.graphql', { prisonId: 'HAREN', language: 'NL' }, coordinator);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.activities.edges[0].node.enrolmentSummary).toBeDefined();
    const requestId = answer.headers.get('x-request-id')!;
    const root = await serverSpanOf(requestId);
    expect(root.parentSpanId).toBeUndefined();

    const subgraphs = ['activities', 'organisations', 'participants'];
    const serverOf = (spans: ReceivedSpan[], service: string) => spans.find((span) => span.service === service && span.kind === SERVER);
    const sqlIn = (spans: ReceivedSpan[], service: string) =>
      spans.filter(
        (span) => span.service === service && span.name.startsWith('prisma:') && typeof span.attributes['db.query.text'] === 'string',
      );
    const spans = await eventually(
      async () => inTrace(root.traceId),
      (found) => {
        const ids = new Set(found.map((span) => span.spanId));
        const connected = found.every((span) => span === root || (span.parentSpanId !== undefined && ids.has(span.parentSpanId)));
        return connected && subgraphs.every((service) => serverOf(found, service) && sqlIn(found, service).length > 0);
      },
      30_000,
    );

    // The gateway's own part: its GraphQL execution and one fetch per subgraph call of the plan.
    expect(spans.some((span) => span.service === 'gateway' && span.name.includes('graphql'))).toBe(true);
    expect(spans.filter((span) => span.service === 'gateway' && span.kind === CLIENT).length).toBeGreaterThanOrEqual(3);
    for (const service of subgraphs) {
      expect(serverOf(spans, service)!.attributes[REQUEST_ID_ATTRIBUTE]).toBe(requestId);
      const sql = sqlIn(spans, service);
      for (const statement of sql) expect(statement.attributes[REQUEST_ID_ATTRIBUTE]).toBe(requestId);
      expect(sql.some((statement) => /\$1\b/.test(String(statement.attributes['db.query.text'])))).toBe(true);
    }
    // Nothing of another request in this trace, and this request in no other trace.
    expect(spans.every((span) => span.attributes[REQUEST_ID_ATTRIBUTE] === requestId)).toBe(true);
    expect(
      receiver.spans.filter((span) => span.attributes[REQUEST_ID_ATTRIBUTE] === requestId).every((span) => span.traceId === root.traceId),
    ).toBe(true);
  });

  it("carries the trace on a service's own call to another (activities asks organisations about facilitation)", async () => {
    const created = await graph.run('web/CreateActivity.graphql', { input: activityInput('HAREN', organisationId) }, coordinator);
    expect(created.errors).toBeUndefined();
    const requestId = created.headers.get('x-request-id')!;
    const root = await serverSpanOf(requestId);
    const callFrom = (spans: ReceivedSpan[]) =>
      spans.find((span) => span.service === 'activities' && span.kind === CLIENT && 'http.request.method' in span.attributes);
    const spans = await eventually(
      async () => inTrace(root.traceId),
      (found) => {
        const call = callFrom(found);
        return call !== undefined && found.some((span) => span.service === 'organisations' && span.parentSpanId === call.spanId);
      },
      30_000,
    );
    const call = callFrom(spans)!;
    const answered = spans.find((span) => span.service === 'organisations' && span.parentSpanId === call.spanId)!;
    expect(answered.kind).toBe(SERVER);
    expect([call.attributes[REQUEST_ID_ATTRIBUTE], answered.attributes[REQUEST_ID_ATTRIBUTE]]).toEqual([requestId, requestId]);
  });

  it("traces a feed poll as one trace of its own: the consumer's pull, the producer's answer and both sides' SQL", async () => {
    const isPoll = (span: ReceivedSpan) => span.service === 'reporting' && span.name === 'follow the participants feed';
    const pollOf = (spans: ReceivedSpan[]) => spans.find(isPoll);
    const spans = await eventually(
      async () => {
        const poll = pollOf(receiver.spans);
        return poll ? inTrace(poll.traceId) : [];
      },
      (found) => {
        const pull = found.find((span) => span.service === 'reporting' && span.kind === CLIENT && 'http.request.method' in span.attributes);
        return pull !== undefined && found.some((span) => span.service === 'participants' && span.parentSpanId === pull.spanId);
      },
      30_000,
    );
    const poll = pollOf(spans)!;
    expect(poll.parentSpanId).toBeUndefined();
    expect(spans.every((span) => span.attributes[REQUEST_ID_ATTRIBUTE] === undefined)).toBe(true);
    expect(spans.some((span) => span.service === 'reporting' && span.name.startsWith('prisma:'))).toBe(true);
    const served = spans.filter((span) => span.service === 'participants');
    expect(served.some((span) => span.kind === SERVER)).toBe(true);
    expect(served.some((span) => span.name.startsWith('prisma:'))).toBe(true);
    // And no client request's trace holds a poll.
    const requestTraces = new Set(receiver.spans.filter((span) => span.attributes[REQUEST_ID_ATTRIBUTE]).map((span) => span.traceId));
    expect(receiver.spans.filter((span) => span.name.startsWith('follow the ') && requestTraces.has(span.traceId))).toEqual([]);
  });

  it('exports no name, detainee number, token or connection string, however the request carried them', async () => {
    // The person is written (registration, above), read by id, found by a literal in the document and
    // by a variable in a GET query string: the four places a value can slip into a span.
    const dossier = await graph.send(
      `query Dossier($id: ID!) { participant(id: $id) { displayName detaineeNumber } }`,
      { id: participantId },
      coordinator,
    );
    expect(dossier.data.participant.detaineeNumber).toBe(DETAINEE_NUMBER);
    const found = await graph.send(
      `query Find { participants(prisonId: "HAREN", search: "${LAST_NAME}") { edges { node { id detaineeNumber } } } }`,
      {},
      coordinator,
    );
    expect(found.data.participants.edges.map((edge: any) => edge.node.id)).toEqual([participantId]);
    const search = new URLSearchParams({
      query: 'query FindAgain($search: String) { participants(prisonId: "HAREN", search: $search) { edges { node { id } } } }',
      variables: JSON.stringify({ search: DETAINEE_NUMBER }),
    });
    const viaGet = await fetch(`${graph.gatewayUrl}?${search}`, {
      headers: { authorization: `Bearer ${coordinator}`, 'apollo-require-preflight': 'true' },
    });
    expect(viaGet.status).toBeLessThan(500);
    const lastRequestId = viaGet.headers.get('x-request-id')!;
    const last = await serverSpanOf(lastRequestId);
    // Wait until the subgraph's part of that last request is exported too.
    await eventually(
      async () => inTrace(last.traceId).some((span) => span.service === 'participants' && span.name.startsWith('prisma:')),
      Boolean,
      30_000,
    );

    expect(receiver.spans.some((span) => span.attributes['graphql.source'] !== undefined)).toBe(true);
    const everything = receiver.bodies.join('\n');
    for (const value of PERSONAL) expect(everything).not.toContain(value);
    const leaks = receiver.spans.flatMap((span) =>
      [span.attributes, ...span.events.map((event) => event.attributes)].flatMap((attributes) =>
        Object.entries(attributes).flatMap(([key, value]) =>
          scanText(`${span.service} "${span.name}" ${key}`, JSON.stringify(value), RULES),
        ),
      ),
    );
    expect(leaks).toEqual([]);
    // Client addresses and query strings are not kept either.
    for (const span of receiver.spans) {
      expect(span.attributes['url.query']).toBeUndefined();
      for (const key of ['url.full', 'http.url', 'http.target']) expect(String(span.attributes[key] ?? '')).not.toContain('?');
      if (span.kind === SERVER) expect(span.attributes['client.address'] ?? span.attributes['network.peer.address']).toBeUndefined();
    }
  });
});
