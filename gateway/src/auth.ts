import { randomUUID } from 'node:crypto';
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { ANONYMOUS, UserTokenError, type Caller, type UserTokenVerifier } from '@cort/auth';
import type { NextFunction, Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import { withRequestId, type Logger } from '@cort/common';
import { operationRequestOf, type OperationRequest, type PublicOperations } from './public-operations';

/** What the gateway knows about a request: who calls, and the id every log line and error carries. */
export interface GatewayContext {
  caller: Caller;
  requestId: string;
}

const BEARER = /^Bearer +(\S+)$/i;

const unauthenticatedBody = (message: string, requestId: string) => ({
  errors: [{ message, extensions: { code: 'UNAUTHENTICATED', requestId } }],
});

/**
 * Resolves the caller before GraphQL runs: no authorization header is an anonymous caller; a header that
 * is not a valid access token is a 401, never a fall-back to anonymous. Only the verified claims go on.
 * A directory operation runs as the anonymous caller and its header is not read: the public offer is
 * the same for everyone, so its answer is too (and may be cached publicly).
 */
export function authenticate(verify: UserTokenVerifier, logger: Logger) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const requestId = randomUUID();
    res.locals.requestId = requestId;
    res.setHeader('x-request-id', requestId);
    return withRequestId(requestId, () => resolveCaller(req, res, next, requestId));
  };

  /** The caller of the request, on `res.locals.caller`; runs with the request id on its spans (withRequestId). */
  async function resolveCaller(req: Request, res: Response, next: NextFunction, requestId: string) {
    const header = req.headers.authorization;
    if (header === undefined || res.locals.publicOperation) {
      res.locals.caller = ANONYMOUS;
      return next();
    }
    const token = BEARER.exec(header.trim())?.[1];
    try {
      if (!token) throw new UserTokenError('invalid', 'The authorization header is not a bearer token.');
      res.locals.caller = { kind: 'user', ...(await verify(token)) } satisfies Caller;
    } catch (error) {
      if (error instanceof UserTokenError) {
        res.setHeader('www-authenticate', `Bearer error="invalid_token"`);
        res.status(401).json(unauthenticatedBody(error.message, requestId));
        return;
      }
      logger.error('token verification failed', { requestId, detail: error instanceof Error ? error.message : String(error) });
      const message = 'Sign-in cannot be checked right now; try again shortly.';
      res.status(503).json({ errors: [{ message, extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } }] });
      return;
    }
    next();
  }
}

/**
 * Reads which operation a request names (`res.locals.operationRequest`), once, and marks one of the
 * directory's (by text or persisted query id) in `res.locals.publicOperation`.
 */
export function recognisePublicOperations(directory: PublicOperations) {
  return (req: Request, res: Response, next: NextFunction) => {
    res.locals.operationRequest = operationRequestOf(req);
    res.locals.publicOperation = directory.recognise(res.locals.operationRequest);
    next();
  };
}

const signInFirst = (directory: PublicOperations) =>
  `Sign in to run this operation: without a token only the public directory's operations (${directory.names.join(', ')}) may be run.`;

/**
 * Anonymous callers run the directory's operations and nothing else, refused here before anything is
 * parsed. 401 with OPERATION_NOT_ALLOWED: no credentials came and signing in is the remedy (HTTP's 401),
 * while the code tells the client apart from a bad token (401 UNAUTHENTICATED). An id that is not one
 * of ours is PERSISTED_QUERY_NOT_FOUND, as Apollo answers it (200), whatever other clients registered.
 */
export function refuseAnonymousBeyondDirectory(directory: PublicOperations) {
  return (_req: Request, res: Response, next: NextFunction) => {
    if ((res.locals.caller as Caller).kind !== 'anonymous' || res.locals.publicOperation) return next();
    const requestId = res.locals.requestId as string;
    const { query, hash } = res.locals.operationRequest as OperationRequest;
    if (query === undefined && hash !== undefined) {
      res.json({ errors: [{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', requestId } }] });
      return;
    }
    // Nothing readable to run (a batch, no query): Apollo refuses it with 400, and the plugin below guards.
    if (query === undefined) return next();
    res.setHeader('www-authenticate', 'Bearer');
    res.status(401).json({ errors: [{ message: signInFirst(directory), extensions: { code: 'OPERATION_NOT_ALLOWED', requestId } }] });
  };
}

/** The same rule where Apollo has the operation it will run, whatever way it came: a second lock on the same door. */
export function directoryOnlyForAnonymousPlugin(directory: PublicOperations): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, source }) {
          if (contextValue.caller.kind !== 'anonymous' || directory.withText(source)) return;
          throw new GraphQLError(signInFirst(directory), {
            extensions: { code: 'OPERATION_NOT_ALLOWED', http: { status: 401, headers: new HeaderMap([['www-authenticate', 'Bearer']]) } },
          });
        },
      };
    },
  };
}
