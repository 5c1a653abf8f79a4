import type { Caller } from '@cort/auth';
import { AnswerHeaders, SubgraphAnswer, type SubgraphCall } from './subgraph-http';

/** An answer as a subgraph call gives it (callSubgraph's). */
interface FetchedAnswer {
  status: number;
  statusText: string;
  headers: Iterable<[string, string]>;
  arrayBuffer(): Promise<ArrayBuffer>;
  text(): Promise<string>;
}

/** A subgraph's answer read to its end, so that every request waiting for it gets an answer of its own. */
interface ReadAnswer {
  status: number;
  statusText: string;
  headers: Record<string, string>;
  body: Buffer;
}

/**
 * Headers that differ per request without changing the answer: the internal token (it is signed per
 * request from the caller, who is part of the key) and the request id (for the logs).
 */
const PER_REQUEST_HEADERS = new Set(['authorization', 'x-request-id']);

/** The same value always written the same way: object keys sorted, at every depth. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

const identities = new WeakMap<Caller, string>();

/**
 * Who a subgraph request is made for: everything the internal token says of the caller, written out
 * (once per caller object: a request's caller is the same object for each of its subgraph calls).
 */
export function identityOf(caller: Caller): string {
  let identity = identities.get(caller);
  if (identity === undefined) {
    identity = canonical(caller);
    identities.set(caller, identity);
  }
  return identity;
}

/**
 * The request being fetched, whole: subgraph URL, method, every header but the per-request ones, the
 * body (query, operation name, variables) and the caller. Two requests with the same key get the same
 * answer from the subgraph, so one fetch may answer both.
 */
export function requestKey(identity: string, url: string, init: SubgraphCall = {}): string | undefined {
  if (typeof init.body !== 'string') return undefined;
  const headers = Object.entries((init.headers ?? {}) as Record<string, string>)
    .map(([name, value]) => [name.toLowerCase(), String(value)] as const)
    .filter(([name]) => !PER_REQUEST_HEADERS.has(name))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify([identity, init.method ?? 'GET', url, headers, init.body]);
}

/**
 * Collapses identical subgraph calls under way into one. Under load, many requests ask a
 * subgraph the same thing at the same moment (the same page for the same user, the same entities): the
 * first fetch goes out, the others wait for its answer, each then reading its own copy. Nothing is kept
 * once the answer (or failure) is in: this is no cache, a later request fetches again. A failure
 * (refused, timed out) fails every request that waited for it, as it would have failed each.
 */
export class InFlightFetches {
  private readonly inFlight = new Map<string, Promise<ReadAnswer>>();

  /**
   * `send`s the call to `url` (`init`), or joins an identical one of the same caller (`identity`) under
   * way. Without an identity (a mutation's fetch, which must reach its subgraph itself, once per
   * request) the call always goes out on its own.
   */
  share<A extends FetchedAnswer>(
    identity: string | undefined,
    url: string,
    init: SubgraphCall,
    send: () => Promise<A>,
  ): Promise<A | SubgraphAnswer> {
    const key = identity === undefined ? undefined : requestKey(identity, url, init);
    if (key === undefined) return send();
    let answer = this.inFlight.get(key);
    if (!answer) {
      const read = this.read(send).finally(() => {
        if (this.inFlight.get(key) === read) this.inFlight.delete(key);
      });
      answer = read;
      this.inFlight.set(key, read);
    }
    return answer.then(({ status, statusText, headers, body }) => new SubgraphAnswer(status, statusText, new AnswerHeaders(headers), body));
  }

  /**
   * After a change (a mutation sent to this subgraph): a fetch under way may have read what the change
   * replaced, so no later request may join it; its own waiters still get its answer.
   */
  forgetUnderWay() {
    this.inFlight.clear();
  }

  /** Fetches under way (0 once all have settled). */
  get size() {
    return this.inFlight.size;
  }

  private async read(send: () => Promise<FetchedAnswer>): Promise<ReadAnswer> {
    const response = await send();
    // Read within the first request's timeout, as its own fetch would have read it.
    const body = Buffer.from(await response.arrayBuffer());
    return { status: response.status, statusText: response.statusText, headers: Object.fromEntries(response.headers), body };
  }
}
