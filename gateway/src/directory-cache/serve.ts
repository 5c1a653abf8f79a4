import { randomUUID } from 'node:crypto';
import type { Metrics } from '@cort/common';
import type { NextFunction, Request, Response } from 'express';
import { Counter } from 'prom-client';
import { matchesIfNoneMatch } from '../http-cache';
import { operationRequestOf, type PublicOperations } from '../public-operations';
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
function passesCsrfPrevention(req: Request): boolean {
  const contentType = req.headers['content-type'];
  if (contentType !== undefined) {
    const essence = contentType.split(';')[0].trim().toLowerCase();
    if (essence !== '' && !SIMPLE_CONTENT_TYPES.has(essence)) return true;
  }
  return ['x-apollo-operation-name', 'apollo-require-preflight'].some((name) => (req.headers[name]?.length ?? 0) > 0);
}

/** Clients send a handful of Accept headers, each over and over: each is negotiated once (bounded, oldest out). */
const MAX_ACCEPT_HEADERS = 200;
const negotiated = new Map<string, string | false>();
function contentTypeFor(req: Request): string | false {
  const accept = req.headers.accept ?? '';
  let type = negotiated.get(accept);
  if (type === undefined) {
    const chosen = req.accepts(OFFERED);
    type = chosen ? MEDIA_TYPES[chosen as keyof typeof MEDIA_TYPES] : false;
    if (negotiated.size >= MAX_ACCEPT_HEADERS) negotiated.delete(negotiated.keys().next().value!);
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
   * Spends one request of the anonymous budget of the request's client; false when it is spent (or cannot
   * be counted): then the hit is not served here, and the rate limit in the pipeline answers.
   */
  spend(req: Request): Promise<boolean>;
  metrics?: Metrics;
}

export interface DirectoryCacheServe {
  /**
   * Answers a directory operation the cache holds, first thing: no body parsing of other routes, no
   * token, no context, no Apollo; only the anonymous budget is spent. Installed twice: before everything
   * for GET, and after the JSON body is read for POST (the first lookup of a request is its only one).
   */
  hit(req: Request, res: Response, next: NextFunction): void;
  /** In the pipeline, before Apollo: on a miss, hands `httpCaching` where to keep Apollo's clean answer. */
  keepOnMiss(req: Request, res: Response, next: NextFunction): void;
}

/**
 * Directory answers from the shared cache (200, or 304 to a matching If-None-Match): no subgraph is
 * called. A hit is one lookup and one write of bytes and headers made when the answer was kept. The
 * directory's operations are the same for every caller (they run anonymously, the Authorization header
 * unread, as `authenticate` does for them), so nothing about the caller is needed but its budget. A
 * request Apollo would refuse (unreadable variables, another operation name, an Accept it cannot serve,
 * no CSRF header) goes on to Apollo, so that a refusal stays one.
 */
export function serveDirectoryFromCache(setup: DirectoryCacheSetup): DirectoryCacheServe {
  const answers = setup.metrics
    ? new Counter({
        name: 'directory_cache_answers_total',
        help: 'Directory operations answered from the shared cache (hit) or by the graph (miss).',
        labelNames: ['outcome'],
        registers: [setup.metrics.registry],
      })
    : undefined;
  const cacheControl = `public, max-age=${setup.maxAgeSeconds}`;

  const write = (req: Request, res: Response, name: string, answer: CachedAnswer, contentType: string, started: bigint) => {
    const { bytes, length } = preparedOf(answer);
    const age = String(Math.max(0, Math.floor((Date.now() - answer.storedAt) / 1000)));
    const requestId = randomUUID();
    res.locals.requestId = requestId;
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
    answers?.inc({ outcome: 'hit' });
    // A GET hit is answered before `countRequests`: counted here, as it would count it.
    if (setup.metrics && !res.locals.counted) {
      const operation = setup.metrics.operation(name);
      setup.metrics.requests.inc({ operation, outcome: 'ok' });
      setup.metrics.duration.observe({ operation }, Number(process.hrtime.bigint() - started) / 1e9);
    }
  };

  const lookUp = async (req: Request, res: Response, next: NextFunction) => {
    const started = process.hrtime.bigint();
    res.locals.directoryLookedUp = true;
    const request = operationRequestOf(req);
    const operation = setup.operations.recognise(request);
    if (!operation || setup.maxAgeSeconds <= 0 || request.unreadableVariables) return next();
    // As `recognisePublicOperations` will note them: the request counter of a POST hit names it by them.
    res.locals.operationRequest = request;
    res.locals.publicOperation = operation;
    if (request.operationName !== undefined && request.operationName !== operation.name) return next();
    if (!passesCsrfPrevention(req)) return next();
    const contentType = contentTypeFor(req);
    if (!contentType) return next();
    const variables = request.variables ?? {};
    const key = answerKey(operation.name, variables);
    try {
      const hit = await setup.cache.get(key);
      if (hit) {
        if (await setup.spend(req)) return write(req, res, operation.name, hit, contentType, started);
        return next();
      }
      answers?.inc({ outcome: 'miss' });
      res.locals.directoryMiss = { key, tags: answerTags(operation.name, variables) } satisfies Miss;
    } catch {
      // The cache is a shortcut: when it fails, the graph answers.
    }
    next();
  };

  return {
    hit(req, res, next) {
      // A POST is read once its body is parsed (the second installation); each request is looked up once.
      if (res.locals.directoryLookedUp || (req.method === 'POST' && req.body === undefined)) return next();
      if (req.method !== 'GET' && req.method !== 'POST') return next();
      lookUp(req, res, next).catch(next);
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
