import http from 'node:http';
import https from 'node:https';

/**
 * Sockets to the subgraphs, kept open between calls. A free socket is dropped before the subgraph's own
 * keep-alive timeout (Node's agent reads its Keep-Alive hint), so a call seldom meets a socket the
 * subgraph is closing; the most recently used one is taken first, so idle ones age out.
 */
const agents = {
  'http:': new http.Agent({ keepAlive: true, scheduling: 'lifo' }),
  'https:': new https.Agent({ keepAlive: true, scheduling: 'lifo' }),
};

/** The call ran out of its time (connecting, waiting, or reading the answer). */
export class SubgraphTimeout extends Error {
  override readonly name = 'TimeoutError';
  constructor(readonly timeoutMs: number) {
    super(`no answer within ${timeoutMs} ms`);
  }
}

/** An answer's headers, as the data source reads them (`get`, any case) and the deduplication copies them. */
export class AnswerHeaders {
  constructor(private readonly fields: http.IncomingHttpHeaders) {}

  get(name: string): string | null {
    const value = this.fields[name.toLowerCase()];
    return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
  }

  *[Symbol.iterator](): IterableIterator<[string, string]> {
    for (const name of Object.keys(this.fields)) yield [name, this.get(name)!];
  }
}

/** A subgraph's answer, read whole: the part of fetch's Response that the data source uses. */
export class SubgraphAnswer {
  constructor(
    readonly status: number,
    readonly statusText: string,
    readonly headers: AnswerHeaders,
    private readonly body: Buffer,
  ) {}

  get ok() {
    return this.status >= 200 && this.status < 300;
  }

  async text() {
    return this.body.toString('utf8');
  }

  async json(): Promise<unknown> {
    return JSON.parse(this.body.toString('utf8'));
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    return this.body.buffer.slice(this.body.byteOffset, this.body.byteOffset + this.body.byteLength) as ArrayBuffer;
  }
}

/** What the data source hands its fetcher. */
export interface SubgraphCall {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

/** A call that may not be sent twice (a mutation's): never on a socket kept from an earlier call. */
export interface CallOptions {
  once?: boolean;
}

/** Socket errors of a kept socket the subgraph had closed as the call went out: it never read the call. */
const CLOSED_UNDER_IT = new Set(['ECONNRESET', 'EPIPE']);

/**
 * One subgraph call, its answer read whole within `timeoutMs` (or the socket is destroyed and the call
 * fails with a SubgraphTimeout). A redirect is not followed but answered as the 3xx it is, which the data
 * source takes for a failure of the subgraph (following one would send a mutation again, elsewhere).
 * A read goes over a kept-alive socket; should the subgraph have closed that socket as the read went out
 * (its keep-alive timeout met ours), the read goes once more on a new one. A call sent `once` (a
 * mutation) takes a new connection of its own and is never sent again: a reset could also mean the
 * subgraph died while making the change.
 */
export async function callSubgraph(url: string, call: SubgraphCall, timeoutMs: number, { once = false }: CallOptions = {}) {
  const started = Date.now();
  try {
    return await sendOnSocket(url, call, timeoutMs, once);
  } catch (error) {
    const { code, reusedSocket } = error as { code?: string; reusedSocket?: boolean };
    if (once || !reusedSocket || !CLOSED_UNDER_IT.has(code ?? '')) throw error;
    return sendOnSocket(url, call, Math.max(1, timeoutMs - (Date.now() - started)), false);
  }
}

function sendOnSocket(url: string, call: SubgraphCall, timeoutMs: number, fresh: boolean): Promise<SubgraphAnswer> {
  const target = new URL(url);
  const transport = target.protocol === 'https:' ? https : http;
  const agent = agents[target.protocol as keyof typeof agents];
  if (!agent) return Promise.reject(new Error(`unsupported protocol ${target.protocol}`));
  // Ended with a string, the body goes out in one write with the headers (a Buffer would be a second chunk).
  const body = call.body;
  return new Promise<SubgraphAnswer>((resolve, reject) => {
    const request = transport.request(target, {
      // `false`: a connection of its own, closed after the answer.
      agent: fresh ? false : agent,
      method: call.method ?? 'GET',
      headers: {
        accept: 'application/json',
        ...call.headers,
        ...(body === undefined ? {} : { 'content-length': String(Buffer.byteLength(body)) }),
      },
    });
    let timedOut: SubgraphTimeout | undefined;
    let answered = false;
    const timer = setTimeout(() => request.destroy((timedOut = new SubgraphTimeout(timeoutMs))), timeoutMs);
    // Whichever side reports first (the request, or an answer cut off), the call fails once, as a timeout if it
    // was one; a socket error before any answer says whether the socket was a kept one.
    const fail = (error: Error) => {
      clearTimeout(timer);
      if (!timedOut && !answered && request.reusedSocket) Object.assign(error, { reusedSocket: true });
      reject(timedOut ?? error);
    };
    request.on('error', fail);
    request.once('response', (response) => {
      answered = true;
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', fail);
      response.once('end', () => {
        clearTimeout(timer);
        const status = response.statusCode ?? 0;
        resolve(new SubgraphAnswer(status, response.statusMessage ?? '', new AnswerHeaders(response.headers), Buffer.concat(chunks)));
      });
    });
    request.end(body, 'utf8');
  });
}
