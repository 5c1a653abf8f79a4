import { AsyncLocalStorage } from 'node:async_hooks';
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ANONYMOUS, type InternalSigner } from '@cort/auth';
import { GraphQLError, getOperationAST, type GraphQLFormattedError } from 'graphql';
import type { GatewayContext } from './auth';
import type { Logger, Metrics } from '@cort/common';
import { identityOf, InFlightFetches, mayShareFetches } from './subgraph-dedup';
import { callSubgraph, type SubgraphCall } from './subgraph-http';

type Fetcher = RemoteGraphQLDataSource['fetcher'];
type FetcherResponse = Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0];
type ProcessOptions = GraphQLDataSourceProcessOptions<GatewayContext>;

/** How long one subgraph call may take, answer body included. */
export interface SubgraphTimeouts {
  readMs: number;
  mutationMs: number;
}

export const DEFAULT_SUBGRAPH_TIMEOUTS: SubgraphTimeouts = { readMs: 3000, mutationMs: 5000 };

/** Headers a subgraph request keeps from what Apollo prepared; nothing the client sent is among them. */
const KEPT_HEADERS = new Set(['content-type', 'apollo-federation-include-trace']);

/**
 * A subgraph that did not answer (refused, timed out, HTTP error, not GraphQL). The client gets this
 * error once per subgraph, naming the subgraph, never its URL; the fields it provides are null. A
 * mutation it did not answer may still have been made (it may have timed out while the change committed).
 */
export class DownstreamServiceError extends GraphQLError {
  constructor(
    readonly serviceName: string,
    mutation = false,
  ) {
    const consequence = mutation
      ? 'whether the change was made is unknown: check before you repeat it.'
      : 'what it provides is missing from this response.';
    super(`The ${serviceName} service is not answering; ${consequence}`, { extensions: { code: 'DOWNSTREAM_SERVICE_ERROR', serviceName } });
  }
}

/**
 * A subgraph's HTTP 400 with GraphQL errors (variables it could not coerce, e.g. a malformed Date the
 * gateway passed on as an opaque scalar): an answer, handed to the query plan like any other.
 */
class RefusedRequest extends GraphQLError {
  constructor(readonly errors: GraphQLFormattedError[]) {
    super('The subgraph refused the request.');
  }
}

function graphQLErrorsIn(text: string): GraphQLFormattedError[] | undefined {
  try {
    const { errors } = JSON.parse(text) as { errors?: unknown };
    const wellFormed = Array.isArray(errors) && errors.length > 0 && errors.every((error) => typeof error?.message === 'string');
    return wellFormed ? (errors as GraphQLFormattedError[]) : undefined;
  } catch {
    return undefined;
  }
}

/** The timeout of the subgraph call under way, and whether it is a mutation's: set by `process`, read by the fetcher. */
const callUnderWay = new AsyncLocalStorage<{ timeoutMs: number; mutation: boolean }>();

/**
 * One call (subgraph-http.ts), bounded by the call's timeout, answer included. Apollo's default fetcher,
 * make-fetch-happen, has retry logic (off for POST, but one option away) and no timeout; here a mutation
 * is sent once on a connection of its own, never again, and a read is sent again only when the kept-alive
 * socket it went out on had been closed by the subgraph; a redirect comes back as the 3xx it is, a failure
 * of the subgraph (following it would send the mutation again, elsewhere). Node's fetch did this (with
 * neither retry) for about 3.7 times the CPU per call.
 */
const callOnce =
  (fallbackMs: number) =>
  (url: string, call: SubgraphCall = {}) => {
    const { timeoutMs, mutation } = callUnderWay.getStore() ?? { timeoutMs: fallbackMs, mutation: false };
    return callSubgraph(url, call, timeoutMs, { once: mutation });
  };

/** A fetch of a mutation's root fields; entity fetches that follow within a mutation are reads. */
function isMutation(options: ProcessOptions): boolean {
  // Health checks and schema loading have no incoming operation: reads.
  if (!('incomingRequestContext' in options)) return false;
  const fetched = options.document && getOperationAST(options.document, options.request.operationName);
  return (fetched ?? options.incomingRequestContext.operation)?.operation === 'mutation';
}

/** Why a call failed, for the log only: a timeout, an HTTP status, a socket error code, else its message. */
function reasonOf(error: unknown): string {
  // Duck-typed: Node's errors come from its own realm, where `instanceof Error` may not hold (jest).
  const { name, message, code } = (error ?? {}) as { name?: unknown; message?: unknown; code?: unknown };
  if (name === 'TimeoutError') return 'timeout';
  if (typeof code === 'string') return code;
  return typeof message === 'string' ? message : String(error);
}

/**
 * Every request to a subgraph carries a fresh internal token for that subgraph (audience = its name) and
 * nothing else from the client: the caller the gateway verified, or an explicit anonymous caller. It is
 * sent once, within its timeout; any failure becomes a DownstreamServiceError, the details logged, and
 * the rest of the request's plan does not wait for that subgraph again (one timeout per request).
 */
export class InternalTokenDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  /** Requests (by context) in which this subgraph already failed: their later fetches to it wait no more. */
  private readonly failedIn = new WeakSet<object>();

  constructor(
    private readonly subgraph: string,
    url: string,
    private readonly sign: InternalSigner,
    private readonly logger: Logger,
    private readonly timeouts: SubgraphTimeouts = DEFAULT_SUBGRAPH_TIMEOUTS,
    private readonly metrics?: Metrics,
    /**
     * Called after every mutation sent to this subgraph, whatever its outcome (a timed-out one may have
     * committed), before its answer goes on: the directory cache drops what it may have changed, so the
     * caller and everyone after them read the change.
     */
    private readonly afterMutation?: () => Promise<void>,
  ) {
    const fetches = new InFlightFetches(callOnce(timeouts.readMs));
    super({ url, fetcher: fetches.fetcher as unknown as Fetcher });
    this.fetches = fetches;
  }

  /** Identical reads of one caller under way share one fetch (subgraph-dedup.ts). */
  private readonly fetches: InFlightFetches;

  override async process(options: ProcessOptions) {
    const context = (options.context ?? {}) as Partial<GatewayContext>;
    const mutation = isMutation(options);
    if (this.failedIn.has(context)) throw new DownstreamServiceError(this.subgraph, mutation);
    const timeoutMs = mutation ? this.timeouts.mutationMs : this.timeouts.readMs;
    const stopTimer = this.metrics?.subgraphDuration.startTimer({ subgraph: this.subgraph });
    try {
      // Only a query's fetches are shared: none of a mutation's, not even the reads that follow its change.
      const query = !('incomingRequestContext' in options) || options.incomingRequestContext.operation?.operation === 'query';
      const sharedBy = query && !mutation ? identityOf(context.caller ?? ANONYMOUS) : undefined;
      return await callUnderWay.run({ timeoutMs, mutation }, () => mayShareFetches(sharedBy, () => super.process(options)));
    } catch (error) {
      if (error instanceof RefusedRequest) return { errors: error.errors };
      this.failedIn.add(context);
      const reason = reasonOf(error);
      this.logger.error('subgraph did not answer', { requestId: context.requestId, subgraph: this.subgraph, timeoutMs, reason });
      throw new DownstreamServiceError(this.subgraph, mutation);
    } finally {
      stopTimer?.();
      // A read under way may have been answered before the change: nothing after it joins one.
      if (mutation) this.fetches.forgetUnderWay();
      if (mutation && this.afterMutation) await this.afterMutation();
    }
  }

  override async willSendRequest(options: ProcessOptions): Promise<void> {
    const headers = options.request.http!.headers;
    for (const [name] of [...headers]) {
      if (!KEPT_HEADERS.has(name.toLowerCase())) headers.delete(name);
    }
    // Health checks and schema loading have no incoming request, hence no caller: anonymous.
    const context = options.context as Partial<GatewayContext> | undefined;
    headers.set('authorization', `Bearer ${await this.sign(context?.caller ?? ANONYMOUS, this.subgraph)}`);
    if (context?.requestId) headers.set('x-request-id', context.requestId);
  }

  /**
   * Any other HTTP error (a refused internal token, a crash, a proxy's 502 page) is a failure of the
   * subgraph: its body is dropped, its status goes to the log.
   */
  override async errorFromResponse(response: FetcherResponse): Promise<GraphQLError> {
    const text = await response.text().catch(() => '');
    const errors = response.status === 400 ? graphQLErrorsIn(text) : undefined;
    return errors ? new RefusedRequest(errors) : new GraphQLError(`HTTP ${response.status}`);
  }
}
