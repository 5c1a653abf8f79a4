import type { Metrics } from '@cort/common';
import type { NextFunction, Request, Response } from 'express';
import { Counter } from 'prom-client';
import type { OperationRequest, PublicOperation } from '../public-operations';
import type { AnswerCache, CachedAnswer } from './answer-cache';
import { answerKey, answerTags } from './scopes';

/** The two single-result types Apollo answers with, in its order of preference (see its content negotiation). */
const MEDIA_TYPES = {
  'application/json': 'application/json; charset=utf-8',
  'application/graphql-response+json': 'application/graphql-response+json; charset=utf-8',
};

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

export interface DirectoryCacheSetup {
  cache: AnswerCache;
  maxAgeSeconds: number;
  /** Whether changes of the offer are being followed: only then is an answer kept. */
  following(): boolean;
  metrics?: Metrics;
}

/**
 * Answers a directory operation from the shared cache when it holds the answer (200, or 304 to a matching
 * If-None-Match, by `httpCaching`): no subgraph is called. On a miss the graph answers, and `httpCaching`
 * hands a clean answer to `res.locals.keepAnswer`. Runs after the rate limit (a hit spends the budget as
 * any request) and only for the directory's operations, which are the same for every caller. A request
 * Apollo would refuse (unreadable variables, another operation name, an Accept it cannot serve) goes on
 * to Apollo, so that a refusal stays one.
 */
export function serveDirectoryFromCache(setup: DirectoryCacheSetup) {
  const answers = setup.metrics
    ? new Counter({
        name: 'directory_cache_answers_total',
        help: 'Directory operations answered from the shared cache (hit) or by the graph (miss).',
        labelNames: ['outcome'],
        registers: [setup.metrics.registry],
      })
    : undefined;
  return async (req: Request, res: Response, next: NextFunction) => {
    const operation = res.locals.publicOperation as PublicOperation | undefined;
    const request = res.locals.operationRequest as OperationRequest;
    if (!operation || setup.maxAgeSeconds <= 0 || request.unreadableVariables) return next();
    if (request.operationName !== undefined && request.operationName !== operation.name) return next();
    if (!passesCsrfPrevention(req)) return next();
    const accepted = req.accepts(Object.keys(MEDIA_TYPES));
    if (!accepted) return next();
    const variables = request.variables ?? {};
    const key = answerKey(operation.name, variables);
    try {
      const hit = await setup.cache.get(key);
      if (hit) {
        answers?.inc({ outcome: 'hit' });
        res.locals.cachedAnswer = hit;
        res.setHeader('content-type', MEDIA_TYPES[accepted as keyof typeof MEDIA_TYPES]);
        res.setHeader('age', String(Math.max(0, Math.floor((Date.now() - hit.storedAt) / 1000))));
        res.send(hit.body);
        return;
      }
      answers?.inc({ outcome: 'miss' });
      if (setup.following()) {
        const generation = await setup.cache.generation();
        const tags = answerTags(operation.name, variables);
        res.locals.keepAnswer = (body: string, etag: string) => {
          const answer: CachedAnswer = { body, etag, contentType: String(res.getHeader('content-type')), storedAt: Date.now() };
          void setup.cache.keep(key, answer, tags, setup.maxAgeSeconds * 1000, generation).catch(() => undefined);
        };
      }
    } catch {
      // The cache is a shortcut: when it fails, the graph answers.
    }
    next();
  };
}
