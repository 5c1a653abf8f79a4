import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * The figures a platform team scrapes from every process of the graph (Prometheus text format): requests
 * and their outcome per operation, errors by code, latency per operation, and (gateway) per subgraph.
 * One registry per service, not prom-client's global one: the tests run every service in one process.
 * Labels carry operation names, codes and service names only — never an id, a name or a variable.
 */
export interface Metrics {
  registry: Registry;
  requests: Counter<'operation' | 'outcome'>;
  errors: Counter<'code'>;
  duration: Histogram<'operation'>;
  subgraphDuration: Histogram<'subgraph'>;
  /** A consumer reached the end of a producer's feed now (see event_feed_behind_seconds). */
  feedCaughtUp(producer: string): void;
  /** A consumer could not read or apply a producer's feed this time. */
  feedFailures: Counter<'producer'>;
  /**
   * The labels a client's operation is counted and timed under, made once per name (a request handed to
   * prom-client costs no new objects): its bounded label (`.operation`), the name as given for at most
   * MAX_OPERATIONS distinct ones, then "other"; "anonymous" for none or one that is no name.
   */
  operationLabels(name: string | undefined): OperationLabels;
}

/** The label sets of one operation, shared by every request of it: never to be changed. */
export interface OperationLabels {
  readonly operation: string;
  readonly ok: Readonly<{ operation: string; outcome: 'ok' }>;
  readonly error: Readonly<{ operation: string; outcome: 'error' }>;
  readonly timed: Readonly<{ operation: string }>;
}

const labelsOf = (operation: string): OperationLabels =>
  Object.freeze({
    operation,
    ok: Object.freeze({ operation, outcome: 'ok' as const }),
    error: Object.freeze({ operation, outcome: 'error' as const }),
    timed: Object.freeze({ operation }),
  });
const ANONYMOUS_OPERATION = labelsOf('anonymous');
const OTHER_OPERATION = labelsOf('other');

export const MAX_OPERATIONS = 200;
const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export function createMetrics(service: string, options: { processMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  // Memory, handles, event-loop lag of the process: one process, one set (the dev graph runs one per service).
  if (options.processMetrics) collectDefaultMetrics({ register: registry });
  // The names given a label of their own (at most MAX_OPERATIONS), each with its labels.
  const labelsByName = new Map<string, OperationLabels>();
  const operationLabels = (name: string | undefined): OperationLabels => {
    const known = name === undefined ? undefined : labelsByName.get(name);
    if (known) return known;
    if (!name || !/^\w{1,100}$/.test(name)) return ANONYMOUS_OPERATION;
    if (labelsByName.size >= MAX_OPERATIONS) return OTHER_OPERATION;
    const labels = labelsOf(name);
    labelsByName.set(name, labels);
    return labels;
  };
  const caughtUpAt = new Map<string, number>();
  new Gauge({
    name: 'event_feed_behind_seconds',
    help: "Seconds since this service last reached the end of a producer's feed: stays under the poll interval while it keeps up.",
    labelNames: ['producer'],
    registers: [registry],
    collect() {
      for (const [producer, at] of caughtUpAt) this.set({ producer }, (Date.now() - at) / 1000);
    },
  });
  return {
    registry,
    feedCaughtUp: (producer) => void caughtUpAt.set(producer, Date.now()),
    feedFailures: new Counter({
      name: 'event_feed_failures_total',
      help: "Times this service could not read or apply a producer's feed (it tries again on the next poll).",
      labelNames: ['producer'],
      registers: [registry],
    }),
    requests: new Counter({
      name: 'graphql_requests_total',
      help: 'GraphQL requests answered, by client operation and outcome (ok: no error; error: at least one).',
      labelNames: ['operation', 'outcome'],
      registers: [registry],
    }),
    errors: new Counter({
      name: 'graphql_errors_total',
      help: 'GraphQL errors sent to callers, by extensions.code.',
      labelNames: ['code'],
      registers: [registry],
    }),
    duration: new Histogram({
      name: 'graphql_request_duration_seconds',
      help: 'Time from receiving a GraphQL request to sending its answer, by client operation.',
      labelNames: ['operation'],
      buckets: SECONDS,
      registers: [registry],
    }),
    subgraphDuration: new Histogram({
      name: 'subgraph_request_duration_seconds',
      help: 'Time of one request from the gateway to a subgraph, answer included, by subgraph.',
      labelNames: ['subgraph'],
      buckets: SECONDS,
      registers: [registry],
    }),
    operationLabels,
  };
}

/**
 * `GET /metrics` on a port of its own (never the public one), e.g. `METRICS_PORT`; anything else is 404.
 * Returns how to stop it.
 */
export async function serveMetrics(metrics: Metrics, port: number, host = '127.0.0.1'): Promise<{ port: number; stop(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    if (req.method !== 'GET' || req.url?.split('?')[0] !== '/metrics') {
      res.writeHead(404).end();
      return;
    }
    metrics.registry.metrics().then(
      (text) => res.writeHead(200, { 'content-type': metrics.registry.contentType, 'cache-control': 'no-store' }).end(text),
      () => res.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  return {
    port: (server.address() as AddressInfo).port,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** `METRICS_PORT` (or `<NAME>_METRICS_PORT`): where a process serves its metrics; unset, it serves none. */
export function metricsPort(name: string, env: NodeJS.ProcessEnv = process.env): number | undefined {
  const raw = env[`${name.toUpperCase().replace(/-/g, '_')}_METRICS_PORT`] ?? env.METRICS_PORT;
  if (raw === undefined || raw === '') return undefined;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`METRICS_PORT must be a port number, not ${raw}.`);
  return port;
}

/** The part of an Apollo Server request this plugin reads (structural, so common needs no Apollo). */
interface RequestOfApollo {
  request: { operationName?: string | null };
  operationName?: string | null;
  contextValue: unknown;
  response: { body: { kind: string; singleResult?: { errors?: readonly { extensions?: Record<string, unknown> }[] } } };
}

/**
 * An Apollo Server plugin counting every request, its errors by code and its duration. `operationOf`
 * names the client's operation (a subgraph strips the gateway's `__<subgraph>__<n>` suffix).
 */
export function metricsPlugin(
  metrics: Metrics,
  operationOf: (request: RequestOfApollo) => string | undefined = (r) => r.operationName ?? undefined,
) {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse(request: RequestOfApollo) {
          const labels = metrics.operationLabels(operationOf(request));
          const errors = request.response.body.kind === 'single' ? (request.response.body.singleResult?.errors ?? []) : [];
          for (const error of errors) metrics.errors.inc({ code: String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR') });
          metrics.requests.inc(errors.length ? labels.error : labels.ok);
          metrics.duration.observe(labels.timed, Number(process.hrtime.bigint() - started) / 1e9);
        },
      };
    },
  };
}
