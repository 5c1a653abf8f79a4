import { randomUUID } from 'node:crypto';
import type { ApolloServer } from '@apollo/server';
import { ANONYMOUS } from '@cort/auth';
import express, { type Router } from 'express';
import type { GatewayContext } from '../auth';
import type { AnswerCache } from '../directory-cache/answer-cache';
import type { PublicOperations } from '../public-operations';
import type { RateLimiter } from '../rate-limit';
import { anonymousRunner } from './anonymous-runner';
import type { DirectorySetup } from './handler';
import { hsdsRoutes } from './hsds/routes';
import { icalRoutes } from './ical/routes';
import { directoryPublicUrl, publicLinks } from './links';
import { PublicAnswers } from './public-answers';
import { sendFailure } from './public-response';
import { DirectoryFailure } from './reads';
import { siteRoutes } from './site/routes';

export interface DirectoryDependencies {
  /** The directory's answers, shared by the feeds and the site (see `publicAnswers`). */
  answers: PublicAnswers;
  rateLimiter: RateLimiter;
  /** How long browsers and shared caches may keep an answer: the GraphQL directory's max-age. */
  maxAgeSeconds: number;
  /** The directory's public address, for the absolute links the feeds give; DIRECTORY_PUBLIC_URL unless given. */
  publicUrl?: string;
}

/** The directory's answers: its contract operations run by the gateway's own executor as the anonymous caller. */
export const publicAnswers = (
  apollo: ApolloServer<GatewayContext>,
  operations: PublicOperations,
  maxAgeSeconds: number,
  cache: AnswerCache,
) => new PublicAnswers(operations, anonymousRunner(apollo), maxAgeSeconds * 1000, cache);

/**
 * /directory: the HSDS feed (hsds/), the calendars (ical/) and the reference site (the rest). Everyone is
 * the anonymous caller here, token or not (an Authorization header is never read), and spends the
 * anonymous budget of their network, the same one as the GraphQL directory operations.
 */
export function directoryRouter(dependencies: DirectoryDependencies): Router {
  const setup: DirectorySetup = {
    answers: dependencies.answers,
    maxAgeSeconds: dependencies.maxAgeSeconds,
    links: publicLinks(dependencies.publicUrl ?? directoryPublicUrl()),
  };
  const router = express.Router();
  router.use((_req, res, next) => {
    res.locals.caller = ANONYMOUS;
    res.locals.requestId = randomUUID();
    res.setHeader('x-request-id', res.locals.requestId as string);
    // Until an answer says otherwise: refusals, errors and 429s are never kept.
    res.setHeader('cache-control', 'no-store');
    next();
  });
  router.use(dependencies.rateLimiter.middleware);
  // Read-only: anything but GET (and HEAD, which express answers from GET) is refused before it is read.
  router.use((req, res, next) => {
    if (req.method === 'GET' || req.method === 'HEAD') return next();
    res.setHeader('allow', 'GET, HEAD');
    sendFailure(res, new DirectoryFailure(405, 'BAD_REQUEST', 'The directory is read-only: GET only.'));
  });
  router.use('/hsds', hsdsRoutes(setup));
  router.use('/ical', icalRoutes(setup));
  router.use(siteRoutes(setup));
  return router;
}
