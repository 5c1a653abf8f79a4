import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { BoundedMemo, type Metrics } from '@cort/common';
import type { NextFunction, Request, Response } from 'express';
import { Counter } from 'prom-client';
import { matchesIfNoneMatch } from '../http-cache';
import { operationRequestOf, type OperationRequest, type PublicOperation, type PublicOperations } from '../public-operations';
import type { AnswerCache, CachedAnswer } from './answer-cache';
import { answerKey, answerTags } from './scopes';

/** The two single-result types Apollo answers with, in its order of preference (see its content negotiation). */
const MEDIA_TYPES = {
  'application/json': 'application/json; charset=utf-8',
  'application/graphql-response+json': 'application/graphql-response+json; charset=utf-8',
};
const OFFERED = Object.keys(MEDIA_TYPES);

/** Content types a browser may send across origins without asking first (Apollo's CSRF prevention refuses those requests). */
const SIMPLE_CONTENT_TYPES = new Set(['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain']);

/** Whether Apollo's CSRF prevention lets the request through: a preflighted content type, or one of its headers. */
function passesCsrfPrevention(headers: IncomingHttpHeaders): boolean {
  const contentType = headers['content-type'];
  if (contentType !== undefined) {
    const essence = contentType.split(';')[0].trim().toLowerCase();
    if (essence !== '' && !SIMPLE_CONTENT_TYPES.has(essence)) return true;
  }
  return ['x-apollo-operation-name', 'apollo-require-preflight'].some((name) => (headers[name]?.length ?? 0) > 0);
}

/**
 * Clients send a handful of Accept headers, each over and over: each is negotiated once, by express
 * (bounded, oldest out). The front (`front`) serves only Accept headers negotiated before.
 */
const MAX_ACCEPT_HEADERS = 200;
const negotiated = new BoundedMemo<string, string | false>({ capacity: MAX_ACCEPT_HEADERS, refreshOnRead: false });
function contentTypeFor(req: Request): string | false {
  const accept = req.headers.accept ?? '';
  let type = negotiated.get(accept);
  if (type === undefined) {
    const chosen = req.accepts(OFFERED);
    type = chosen ? MEDIA_TYPES[chosen as keyof typeof MEDIA_TYPES] : false;
    negotiated.set(accept, type);
  }
  return type;
}

/** What a hit writes besides its age and request id, made once per kept answer (the in-process cache hands back the same object). */
interface Prepared {
  bytes: Buffer;
  length: string;
}
const prepared = new WeakMap<CachedAnswer, Prepared>();
function preparedOf(answer: CachedAnswer): Prepared {
  let ready = prepared.get(answer);
  if (!ready) {
    const bytes = Buffer.from(answer.body);
    ready = { bytes, length: String(bytes.length) };
    prepared.set(answer, ready);
  }
  return ready;
}

/** What the early lookup leaves for the pipeline on a miss: where Apollo's clean answer is to be kept. */
interface Miss {
  key: string;
  tags: string[];
}

export interface DirectoryCacheSetup {
  cache: AnswerCache;
  operations: PublicOperations;
  maxAgeSeconds: number;
  /** Whether changes of the offer are being followed: only then is an answer kept. */
  following(): boolean;
  /**
   * The client's address as express's `req.ip` gives it (its `trust proxy` setting), for the budget.
   * Never throws, whatever the client wrote in X-Forwarded-For (see `clientAddressOf`).
   */
  clientIp(req: IncomingMessage): string | undefined;
  /**
   * Spends one request of the anonymous budget of this client address; false when it is spent (or cannot
   * be counted): then the hit is not served here, and the rate limit in the pipeline answers. Never
   * throws: a failure is a rejection, or false (see `RateLimiter.spendAnonymous`).
   */
  spend(ip: string | undefined): Promise<boolean>;
  metrics?: Metrics;
}

export interface DirectoryCacheServe {
  /**
   * The HTTP server's first look at a request, before express: a GET of /graphql whose Accept header
   * was negotiated before is answered here when the cache holds it; anything else goes on to express
   * (`pass`), with what was found out.
   */
  front(req: IncomingMessage, res: ServerResponse, pass: () => void): void;
  /**
   * The same in express, first thing for GET (the first request with each Accept header) and after the
   * JSON body is read for POST; each request is looked up once.
   */
  hit(req: Request, res: Response, next: NextFunction): void;
  /** In the pipeline, before Apollo: on a miss, hands `httpCaching` where to keep Apollo's clean answer. */
  keepOnMiss(req: Request, res: Response, next: NextFunction): void;
}

/** Goes on with what a lookup found: at once when it was found at once, else once its promise settles. */
function whenFound(found: Found | Promise<Found>, then: (found: Found) => void, failed: (error: unknown) => void): void {
  if (found instanceof Promise) found.then(then, failed);
  else then(found);
}

/** What a request's URL or body alone says: the directory operation it asks for, and its answer's key. */
interface Asked {
  request: OperationRequest;
  operation: PublicOperation;
  key: string;
}

/** What a lookup found: an answer to send, a miss to keep Apollo's answer of, or nothing to do here. */
type Found = ({ hit: CachedAnswer } & Asked) | ({ miss: Miss } & Asked) | undefined;

/**
 * Clients of the directory send the same few URLs over and over: each asking for a directory answer is
 * read once (its search parameters and their JSON parsed, its operation recognised, its key made) and
 * remembered, at most this many (oldest out), each at most MAX_REMEMBERED_URL_LENGTH long (a few MB at
 * worst; the directory's operations sent as text by GET are under 1.5 kB). Anything else is read each time.
 */
const MAX_REMEMBERED_URLS = 1000;
const MAX_REMEMBERED_URL_LENGTH = 4096;

/**
 * Directory answers from the shared cache (200, or 304 to a matching If-None-Match): no subgraph is
 * called. A hit is one lookup and one write of bytes and headers made when the answer was kept, before
 * express when it can be (express's own routing costs several times what a hit does). The directory's
 * operations are the same for every caller (they run anonymously, the Authorization header unread, as
 * `authenticate` does for them), so nothing about the caller is needed but its budget. A request Apollo
 * would refuse (unreadable variables, another operation name, an Accept it cannot serve, no CSRF
 * header) goes on to Apollo, so that a refusal stays one.
 *
 * A hit by GET costs what it must and little else: its URL was read before (see MAX_REMEMBERED_URLS), an
 * in-process cache answers at once (`peek`), and the budget is the one promise waited for.
 */
export function serveDirectoryFromCache(setup: DirectoryCacheSetup): DirectoryCacheServe {
  const { metrics } = setup;
  // Hits are added up here and handed to the counter when it is read (a scrape): each count in
  // prom-client (its labels checked and hashed) was a twentieth of a hit's own work.
  let hitsNotCollected = 0;
  const answers = metrics
    ? new Counter({
        name: 'directory_cache_answers_total',
        help: 'Directory operations answered from the shared cache (hit) or by the graph (miss).',
        labelNames: ['outcome'],
        registers: [metrics.registry],
        collect() {
          if (hitsNotCollected === 0) return;
          this.inc({ outcome: 'hit' }, hitsNotCollected);
          hitsNotCollected = 0;
        },
      })
    : undefined;
  const cacheControl = `public, max-age=${setup.maxAgeSeconds}`;

  /** Writes a hit; `counted` when express's request counter (`countRequests`) counts it already. */
  const write = (
    req: IncomingMessage,
    res: ServerResponse,
    found: { hit: CachedAnswer } & Asked,
    contentType: string,
    counted: boolean,
    started: bigint,
  ) => {
    const { hit: answer, operation } = found;
    const { bytes, length } = preparedOf(answer);
    const age = String(Math.max(0, Math.floor((Date.now() - answer.storedAt) / 1000)));
    const requestId = randomUUID();
    // Express drops a 304's body and content headers and keeps the validators: the same here.
    if (matchesIfNoneMatch(req.headers['if-none-match'], answer.etag)) {
      res.writeHead(304, { 'cache-control': cacheControl, etag: answer.etag, age, 'x-request-id': requestId });
      res.end();
    } else {
      res.writeHead(200, {
        'content-type': contentType,
        'content-length': length,
        'cache-control': cacheControl,
        etag: answer.etag,
        age,
        'x-request-id': requestId,
      });
      res.end(bytes);
    }
    hitsNotCollected++;
    if (metrics && !counted) {
      const labels = metrics.operationLabels(operation.name);
      metrics.requests.inc(labels.ok);
      metrics.duration.observe(labels.timed, Number(process.hrtime.bigint() - started) / 1e9);
    }
  };

  /** What a request asks for, when it is a directory answer this cache may serve (whatever its headers). */
  const read = (req: Pick<Request, 'method' | 'url' | 'body'>): Asked | undefined => {
    const request = operationRequestOf(req);
    const operation = setup.operations.recognise(request);
    if (!operation || setup.maxAgeSeconds <= 0 || request.unreadableVariables) return undefined;
    if (request.operationName !== undefined && request.operationName !== operation.name) return undefined;
    return { request, operation, key: answerKey(operation.name, request.variables ?? {}) };
  };
  const remembered = new BoundedMemo<string, Asked>({ capacity: MAX_REMEMBERED_URLS, refreshOnRead: false });
  const askedBy = (req: IncomingMessage & { body?: unknown }): Asked | undefined => {
    // Only a GET's URL says it all. (Under express's mount path the same URL reads `/?…`: remembered apart, read the same.)
    const url = req.url ?? '';
    if (req.method !== 'GET') return read(req as Pick<Request, 'method' | 'url' | 'body'>);
    let asked = remembered.get(url);
    if (asked) return asked;
    asked = read(req as Pick<Request, 'method' | 'url' | 'body'>);
    if (asked && url.length <= MAX_REMEMBERED_URL_LENGTH) {
      // Shared by every request sending this URL (and noted in their locals): nobody may change it.
      Object.freeze(asked.request);
      if (asked.request.variables) Object.freeze(asked.request.variables);
      remembered.set(url, Object.freeze(asked));
    }
    return asked;
  };

  /** A hit, once its budget is spent; else nothing (the rate limit of the pipeline answers, as it does when the budget cannot be read). */
  const spent = (req: IncomingMessage, hit: CachedAnswer, asked: Asked): Promise<Found> => {
    let spending: Promise<boolean>;
    // Neither is known to throw (see their tests), but this runs in the bare HTTP listener, where a throw
    // would end the process rather than one request: the guard costs nothing.
    try {
      spending = setup.spend(setup.clientIp(req));
    } catch {
      return Promise.resolve(undefined);
    }
    return spending.then(
      (within) => (within ? { hit, ...asked } : undefined),
      () => undefined,
    );
  };

  const missed = (asked: Asked): Found => {
    answers?.inc({ outcome: 'miss' });
    return { miss: { key: asked.key, tags: answerTags(asked.operation.name, asked.request.variables ?? {}) }, ...asked };
  };

  /** The lookup: at once when the request is none of the cache's, or a miss of a cache in process; else a promise. */
  const find = (req: IncomingMessage & { body?: unknown }, contentType: string | false): Found | Promise<Found> => {
    const asked = askedBy(req);
    if (!asked || !passesCsrfPrevention(req.headers) || !contentType) return undefined;
    // The cache is a shortcut: when it fails, the graph answers (and nothing is kept).
    if (setup.cache.peek) {
      let hit: CachedAnswer | undefined;
      try {
        hit = setup.cache.peek(asked.key);
      } catch {
        return undefined;
      }
      return hit ? spent(req, hit, asked) : missed(asked);
    }
    return setup.cache.get(asked.key).then(
      (hit) => (hit ? spent(req, hit, asked) : missed(asked)),
      () => undefined,
    );
  };

  /** What express's middlewares read of a lookup: that it was made, and on a miss where to keep the answer. */
  const note = (locals: Record<string, unknown>, found: Found) => {
    locals.directoryLookedUp = true;
    if (!found) return;
    if ('miss' in found) locals.directoryMiss = found.miss;
    // As `recognisePublicOperations` will note them: the request counter of a POST names it by them.
    locals.operationRequest = found.request;
    locals.publicOperation = found.operation;
  };

  return {
    front(req, res, pass) {
      const contentType = req.method === 'GET' && req.url?.startsWith('/graphql?') ? negotiated.get(req.headers.accept ?? '') : undefined;
      // Not negotiated yet, or not acceptable (Apollo refuses it): express's turn.
      if (!contentType) return pass();
      const started = process.hrtime.bigint();
      whenFound(
        find(req, contentType),
        (found) => {
          if (found && 'hit' in found) return write(req, res, found, contentType, false, started);
          // Express keeps the locals it finds on the response.
          note(((res as ServerResponse & { locals?: Record<string, unknown> }).locals = Object.create(null)), found);
          pass();
        },
        () => pass(),
      );
    },
    hit(req, res, next) {
      // A POST is read once its body is parsed (the second installation); each request is looked up once.
      if (res.locals.directoryLookedUp || (req.method === 'POST' && req.body === undefined)) return next();
      if (req.method !== 'GET' && req.method !== 'POST') return next();
      const started = process.hrtime.bigint();
      const contentType = contentTypeFor(req);
      whenFound(
        find(req, contentType),
        (found) => {
          note(res.locals, found);
          if (found && 'hit' in found && contentType) return write(req, res, found, contentType, Boolean(res.locals.counted), started);
          next();
        },
        next,
      );
    },
    keepOnMiss(_req, res, next) {
      const miss = res.locals.directoryMiss as Miss | undefined;
      if (!miss || !setup.following()) return next();
      setup.cache
        .generation()
        .then((generation) => {
          res.locals.keepAnswer = (body: string, etag: string) => {
            const answer: CachedAnswer = { body, etag, contentType: String(res.getHeader('content-type')), storedAt: Date.now() };
            void setup.cache.keep(miss.key, answer, miss.tags, setup.maxAgeSeconds * 1000, generation).catch(() => undefined);
          };
        })
        .catch(() => undefined)
        .finally(() => next());
    },
  };
}
