import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLRequest, GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { ANONYMOUS, type InternalSigner } from '@cort/auth';
import { GraphQLError, getOperationAST, type GraphQLFormattedError } from 'graphql';
import type { GatewayContext } from './auth';
import type { Logger, Metrics } from '@cort/common';
import { identityOf, InFlightFetches } from './subgraph-dedup';
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

/**
 * How one fetch goes out: within its timeout, `once` or not (a mutation's: sent once on a connection of its
 * own, never again), and shared with identical fetches of the same caller under way (`sharedBy`, a read's only).
 */
interface PlannedCall {
  mutation: boolean;
  timeoutMs: number;
  once: boolean;
  sharedBy: string | undefined;
}

/**
 * Apollo hands its fetcher no more than a URL and an init; every call goes through `sendRequest` here
 * instead (see below). Should a later Apollo call the fetcher after all, the call fails rather than go
 * out without its timeout or, for a mutation, sent again on a reset.
 */
const unusedFetcher = () => Promise.reject(new Error('subgraph calls go through InternalTokenDataSource.sendRequest'));

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
    super({ url, fetcher: unusedFetcher as unknown as Fetcher });
    // Apollo's own sendRequest is private in its types: replaced on the instance (it calls this.sendRequest).
    Object.assign(this, { sendRequest: this.send });
  }

  /** Identical reads of one caller under way share one fetch (subgraph-dedup.ts). */
  private readonly fetches = new InFlightFetches();
  /**
   * Each fetch's plan, decided once in process(): found there by its options (Apollo hands willSendRequest
   * the same object), then by the request's `http`, which Apollo makes in between and hands sendRequest as it is.
   */
  private readonly planned = new WeakMap<object, PlannedCall>();

  private planOf(options: ProcessOptions): PlannedCall {
    const mutation = isMutation(options);
    const caller = (options.context as Partial<GatewayContext> | undefined)?.caller ?? ANONYMOUS;
    // Only a query's fetches are shared: none of a mutation's, not even the reads that follow its change.
    const query = !('incomingRequestContext' in options) || options.incomingRequestContext.operation?.operation === 'query';
    return {
      mutation,
      timeoutMs: mutation ? this.timeouts.mutationMs : this.timeouts.readMs,
      once: mutation,
      sharedBy: query && !mutation ? identityOf(caller) : undefined,
    };
  }

  override async process(options: ProcessOptions) {
    const context = (options.context ?? {}) as Partial<GatewayContext>;
    const plan = this.planOf(options);
    const { mutation, timeoutMs } = plan;
    if (this.failedIn.has(context)) throw new DownstreamServiceError(this.subgraph, mutation);
    this.planned.set(options, plan);
    const stopTimer = this.metrics?.subgraphDuration.startTimer({ subgraph: this.subgraph });
    try {
      return await super.process(options);
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
    // Planned in process(); a call that did not come through it (none does today) is planned here.
    this.planned.set(options.request.http!, this.planned.get(options) ?? this.planOf(options));
  }

  /**
   * Apollo's sendRequest, less the node-fetch Request it builds for hooks this class does not use, and
   * with the fetch's plan passed along rather than carried by async-local storage (which made every
   * promise of the process dearer). The call itself: subgraph-http.ts, shared under way (subgraph-dedup.ts).
   */
  private async send(request: GatewayGraphQLRequest): Promise<GatewayGraphQLResponse> {
    const { http, ...withoutHttp } = request;
    if (!http) throw new Error("Internal error: Only 'http' requests are supported.");
    // Not planned (no willSendRequest before it): sent once, shared with none.
    const plan = this.planned.get(http) ?? { timeoutMs: this.timeouts.readMs, once: true, sharedBy: undefined };
    const call: SubgraphCall = { method: http.method, headers: Object.fromEntries(http.headers), body: JSON.stringify(withoutHttp) };
    const answer = await this.fetches.share(plan.sharedBy, http.url, call, () =>
      callSubgraph(http.url, call, plan.timeoutMs, { once: plan.once }),
    );
    const response = answer as unknown as FetcherResponse;
    if (!response.ok) throw await this.errorFromResponse(response);
    const body = await this.parseBody(response);
    if (typeof body !== 'object' || body === null) throw new Error(`Expected JSON response body, but received: ${body}`);
    return { ...body, http: response };
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
