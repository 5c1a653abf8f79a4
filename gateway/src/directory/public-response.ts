import type { Request, Response } from 'express';
import { matchesIfNoneMatch, strongEtag } from '../http-cache';
import type { DirectoryLanguage } from './language';
import { DirectoryFailure } from './reads';

export interface PublicBody {
  body: string;
  /** Content-Type, e.g. `application/json; charset=utf-8`. */
  type: string;
  /** Content-Language: the one language of the texts in it (HSDS texts are single-language). */
  language?: DirectoryLanguage;
  /** False when it was made from a partial answer: sent, never kept by a cache. */
  cacheable: boolean;
}

/**
 * A directory answer with the GraphQL directory's caching: `public, max-age=N` and a strong ETag, 304
 * to a matching If-None-Match; `no-store` when it is not complete. The same for every caller: a token
 * is never read here.
 */
export function sendPublic(req: Request, res: Response, maxAgeSeconds: number, answer: PublicBody) {
  res.setHeader('content-type', answer.type);
  if (answer.language) res.setHeader('content-language', answer.language);
  if (!answer.cacheable) {
    res.setHeader('cache-control', 'no-store');
    return res.send(answer.body);
  }
  const etag = strongEtag(answer.body);
  res.setHeader('cache-control', `public, max-age=${maxAgeSeconds}`);
  res.setHeader('etag', etag);
  // Express drops the body of a 304 and keeps the validators.
  if (matchesIfNoneMatch(req.headers['if-none-match'], etag)) res.status(304);
  return res.send(answer.body);
}

/** An error as the gateway words them (one code of the fixed list; the request id is added on the way out). */
export function sendFailure(res: Response, failure: DirectoryFailure) {
  res.setHeader('cache-control', 'no-store');
  const extensions = { code: failure.code, ...(failure.field ? { field: failure.field } : {}) };
  res.status(failure.status).json({ errors: [{ message: failure.message, extensions }] });
}

export const notFound = (what: string) => new DirectoryFailure(404, 'NOT_FOUND', `${what} is not in the published offer.`);
export const badInput = (field: string, message: string) => new DirectoryFailure(400, 'BAD_USER_INPUT', message, field);
