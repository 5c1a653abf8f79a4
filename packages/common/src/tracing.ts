import type * as Api from '@opentelemetry/api';
import type { ReadableSpan, Sampler, SamplingResult, Span, SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { REQUEST_ID_ATTRIBUTE, privateAttributes } from './span-privacy';

/**
 * OpenTelemetry for one process of the graph (the gateway or a subgraph): one trace per client request
 * across the gateway's query plan, each subgraph, its SQL (Prisma's own instrumentation) and its calls to
 * other services (W3C traceparent and baggage on every HTTP/fetch call), exported as OTLP over HTTP.
 *
 * Off unless OTEL_EXPORTER_OTLP_ENDPOINT is set, and then nothing of the SDK is even loaded: the modules
 * below are required inside startTracing only. The standard OTEL_* variables (OTEL_SERVICE_NAME,
 * OTEL_RESOURCE_ATTRIBUTES, OTEL_BSP_SCHEDULE_DELAY, OTEL_TRACES_SAMPLER…) apply as usual.
 *
 * Why a call at the top of the entry point rather than a `--require` preload: the instrumentations patch
 * http, graphql and @prisma/client when they are first required, so startTracing must run before those
 * modules load. Every way the graph is started (npm start, the containers, the manifests, the tests that
 * spawn it) runs `node <package>/dist/main.js` or `gateway/dist/index.js`; a first statement there holds
 * wherever the file is run from, where a preload flag would have to be repeated in each of those places.
 * The compiled CommonJS keeps statement order, so the `require`s after the call load patched modules.
 */

let api: typeof Api | undefined;
let shutdown: (() => Promise<void>) | undefined;

/** Starts tracing for `service` when OTEL_EXPORTER_OTLP_ENDPOINT is set; returns whether it did. */
export function startTracing(service: string, env: NodeJS.ProcessEnv = process.env): boolean {
  if (!env.OTEL_EXPORTER_OTLP_ENDPOINT || api) return Boolean(api);
  const { NodeSDK, resources } = require('@opentelemetry/sdk-node') as typeof import('@opentelemetry/sdk-node');
  const base = require('@opentelemetry/sdk-trace-base') as typeof import('@opentelemetry/sdk-trace-base');
  const { OTLPTraceExporter } =
    require('@opentelemetry/exporter-trace-otlp-http') as typeof import('@opentelemetry/exporter-trace-otlp-http');
  const { HttpInstrumentation } = require('@opentelemetry/instrumentation-http') as typeof import('@opentelemetry/instrumentation-http');
  const { UndiciInstrumentation } =
    require('@opentelemetry/instrumentation-undici') as typeof import('@opentelemetry/instrumentation-undici');
  const { GraphQLInstrumentation } =
    require('@opentelemetry/instrumentation-graphql') as typeof import('@opentelemetry/instrumentation-graphql');
  const { PrismaInstrumentation } = require('@prisma/instrumentation') as typeof import('@prisma/instrumentation');
  api = require('@opentelemetry/api') as typeof Api;

  const sdk = new NodeSDK({
    serviceName: env.OTEL_SERVICE_NAME || service,
    // Service name and OTEL_RESOURCE_ATTRIBUTES only: the process detector would export the command line and the OS user.
    resourceDetectors: [resources.envDetector],
    spanProcessors: [new PrivateSpans(new base.BatchSpanProcessor(new OTLPTraceExporter()))],
    // OTEL_TRACES_SAMPLER, when set, decides as the standard says; otherwise every request is traced and
    // only a share of the background work (see backgroundSampler).
    ...(!env.OTEL_TRACES_SAMPLER && { sampler: backgroundSampler(backgroundRatio(env), base) }),
    instrumentations: [
      // Health, readiness and metrics probes are no client request; a trace of each would drown the rest.
      new HttpInstrumentation({ ignoreIncomingRequestHook: (request) => /^\/(health|ready|metrics)\b/.test(request.url ?? '') }),
      new UndiciInstrumentation(),
      // allowValues false (the default, said here on purpose): literal arguments in graphql.source become '*'.
      new GraphQLInstrumentation({ allowValues: false, mergeItems: true, ignoreTrivialResolveSpans: true }),
      new PrismaInstrumentation(),
    ],
  });
  sdk.start();
  shutdown = () => sdk.shutdown();
  return true;
}

/** Marks the root span of background work (a feed poll), which is sampled apart from client requests. */
export const BACKGROUND_ATTRIBUTE = 'cort.background';

/**
 * TRACE_BACKGROUND_RATIO: the share of background work traced (0 to 1; default 0.01). Each consumer polls
 * its feeds every second or faster, so tracing every poll would bury the client requests' traces under
 * thousands of near-empty ones an hour; one poll in a hundred still shows how a poll spends its time.
 */
export function backgroundRatio(env: NodeJS.ProcessEnv = process.env): number {
  const given = env.TRACE_BACKGROUND_RATIO?.trim();
  if (!given) return 0.01;
  const ratio = Number(given);
  if (!/^\d*\.?\d+$/.test(given) || ratio > 1) throw new Error('TRACE_BACKGROUND_RATIO is a number from 0 to 1.');
  return ratio;
}

type SamplerKit = Pick<
  typeof import('@opentelemetry/sdk-trace-base'),
  'ParentBasedSampler' | 'AlwaysOnSampler' | 'TraceIdRatioBasedSampler'
>;

/**
 * Client requests always (a span under a sampled parent too: one trace stays whole across the services);
 * the root of background work at `ratio`, and the spans under it, in this service and the producer it
 * calls, follow that root's decision.
 */
export function backgroundSampler(ratio: number, kit: SamplerKit): Sampler {
  const requests = new kit.ParentBasedSampler({ root: new kit.AlwaysOnSampler() });
  const background = new kit.TraceIdRatioBasedSampler(ratio);
  return {
    shouldSample(context, traceId, name, kind, attributes, links): SamplingResult {
      const chosen = attributes[BACKGROUND_ATTRIBUTE] === true ? background : requests;
      return chosen.shouldSample(context, traceId, name, kind, attributes, links);
    },
    toString: () => `CortSampler{requests: always, background: ${ratio}}`,
  };
}

/**
 * Runs background work (one poll of a feed: its pull, the page applied, the cursor stored) as one trace
 * of its own, a new root whatever runs around it, sampled as backgroundSampler says. A no-op when tracing is off.
 */
export function inBackgroundTrace<T>(name: string, work: () => Promise<T>): Promise<T> {
  if (!api) return work();
  const { trace, context, SpanStatusCode } = api;
  return trace
    .getTracer('cort')
    .startActiveSpan(name, { root: true, attributes: { [BACKGROUND_ATTRIBUTE]: true } }, context.active(), async (span) => {
      try {
        return await work();
      } catch (error) {
        span.setStatus({ code: SpanStatusCode.ERROR });
        throw error;
      } finally {
        span.end();
      }
    });
}

/** Exports the spans still waiting in the batch before the process exits (a no-op when tracing is off). */
export async function stopTracing(): Promise<void> {
  await shutdown?.().catch(() => undefined);
}

/**
 * Runs `handle` (an HTTP request's remaining middleware) with the gateway's request id on the request's
 * spans: the server span now, every span started under it (query plan, subgraph calls) and, through W3C
 * baggage, every span of the subgraphs that serve it. The client's own baggage is not passed inwards.
 */
export function withRequestId<T>(requestId: string, handle: () => T): T {
  if (!api) return handle();
  api.trace.getActiveSpan()?.setAttribute(REQUEST_ID_ATTRIBUTE, requestId);
  const baggage = api.propagation.createBaggage({ [REQUEST_ID_ATTRIBUTE]: { value: requestId } });
  return api.context.with(api.propagation.setBaggage(api.context.active(), baggage), handle);
}

/** Puts the request id on each span from the baggage it starts under, and hands on spans without personal data. */
class PrivateSpans implements SpanProcessor {
  constructor(private readonly next: SpanProcessor) {}

  onStart(span: Span, parentContext: Api.Context): void {
    const requestId = api?.propagation.getBaggage(parentContext)?.getEntry(REQUEST_ID_ATTRIBUTE)?.value;
    if (requestId && /^[\w-]{1,64}$/.test(requestId)) span.setAttribute(REQUEST_ID_ATTRIBUTE, requestId);
    this.next.onStart(span, parentContext);
  }

  onEnd(span: ReadableSpan): void {
    // A view of the ended span with its attributes cleaned; the span itself (read-only once ended) is untouched.
    const events = span.events.map((event) => ({ ...event, attributes: event.attributes && privateAttributes(event.attributes) }));
    this.next.onEnd(
      Object.create(span, {
        attributes: { value: privateAttributes(span.attributes, span.kind) },
        events: { value: events },
      }) as ReadableSpan,
    );
  }

  forceFlush(): Promise<void> {
    return this.next.forceFlush();
  }

  shutdown(): Promise<void> {
    return this.next.shutdown();
  }
}
