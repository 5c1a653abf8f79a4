import { createHash } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

/** How long browsers and shared caches may keep a directory answer, unless configured. */
export const DEFAULT_PUBLIC_MAX_AGE_SECONDS = 60;

/** A strong validator: the sha256 of the exact bytes sent. */
export const strongEtag = (body: string | Buffer) => `"${createHash('sha256').update(body).digest('base64url')}"`;

/** Whether an If-None-Match header names this entity tag (weak comparison, as RFC 9110 asks for it). */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  // What a client sends back most: the tag it was given, as it was given.
  if (header === etag) return true;
  if (header.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => opaque(tag) === opaque(etag));
}

/** A successful answer without errors: the only kind that may be kept by a cache. */
function isCleanAnswer(status: number, body: unknown): body is string | Buffer {
  if (status !== 200 || (typeof body !== 'string' && !Buffer.isBuffer(body))) return false;
  try {
    const parsed = JSON.parse(body.toString()) as { errors?: unknown; data?: unknown };
    return parsed.errors === undefined && parsed.data != null;
  } catch {
    return false;
  }
}

/**
 * Caching headers for every answer of the GraphQL endpoint. A directory operation's clean answer
 * (`res.locals.publicOperation`, 200, no errors) is `public, max-age=N` with a strong ETag, and 304
 * without a body to a matching If-None-Match, for GET and POST alike (a directory operation is a query:
 * it changes nothing). Everything else is `no-store`: signed-in answers, errors, refusals, 401s and 429s.
 * Installed before the other handlers so that it sees every answer they send. A clean directory answer
 * is handed to the directory cache (`res.locals.keepAnswer`), which answers its hits itself (directory-cache/serve.ts).
 */
export function httpCaching(maxAgeSeconds: number) {
  return (req: Request, res: Response, next: NextFunction) => {
    res.setHeader('cache-control', 'no-store');
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      if (!res.locals.publicOperation || !isCleanAnswer(res.statusCode, body)) {
        res.setHeader('cache-control', 'no-store');
        res.removeHeader('etag');
        return send(body);
      }
      const etag = strongEtag(body);
      (res.locals.keepAnswer as ((body: string, etag: string) => void) | undefined)?.(body.toString(), etag);
      return sendPublic(body, etag);
    };
    const sendPublic = (body: unknown, etag: string) => {
      res.setHeader('cache-control', `public, max-age=${maxAgeSeconds}`);
      res.setHeader('etag', etag);
      // Express drops the body and its headers of a 304 and keeps the validators.
      if (matchesIfNoneMatch(req.headers['if-none-match'], etag)) res.status(304);
      return send(body);
    };
    next();
  };
}
