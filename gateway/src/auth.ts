import { randomUUID } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import { ANONYMOUS, UserTokenError, type Caller, type UserTokenVerifier } from '@cort/auth';
import type { NextFunction, Request, Response } from 'express';
import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { Logger } from './logger';

/** What the gateway knows about a request: who calls, and the id every log line and error carries. */
export interface GatewayContext {
  caller: Caller;
  requestId: string;
}

/** The only root fields an anonymous caller may ask for (plus __typename and introspection, when enabled). */
export const PUBLIC_ROOT_FIELDS: readonly string[] = ['publicOffer', 'prisons'];
const ALWAYS_ALLOWED = ['__typename', '__schema', '__type'];

const BEARER = /^Bearer +(\S+)$/i;

const unauthenticatedBody = (message: string, requestId: string) => ({
  errors: [{ message, extensions: { code: 'UNAUTHENTICATED', requestId } }],
});

/**
 * Resolves the caller before GraphQL runs: no authorization header is an anonymous caller; a header that
 * is not a valid access token is a 401, never a fall-back to anonymous. Only the verified claims go on.
 */
export function authenticate(verify: UserTokenVerifier, logger: Logger) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const requestId = randomUUID();
    res.locals.requestId = requestId;
    res.setHeader('x-request-id', requestId);
    const header = req.headers.authorization;
    if (header === undefined) {
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
  };
}

/** The root fields an operation selects, through fragments and inline fragments. */
export function rootFieldNames(operation: OperationDefinitionNode, document: DocumentNode): Set<string> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const names = new Set<string>();
  const visit = (selectionSet: SelectionSetNode, seen: ReadonlySet<string>) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) names.add(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet, seen);
      else if (!seen.has(selection.name.value)) {
        const fragment = fragments.get(selection.name.value);
        if (fragment) visit(fragment.selectionSet, new Set([...seen, selection.name.value]));
      }
    }
  };
  visit(operation.selectionSet, new Set());
  return names;
}

/**
 * Anonymous callers get the public offer only: any other root field (and any mutation) is refused
 * with UNAUTHENTICATED before the query is planned, so no subgraph is called. Subgraphs deny by default too.
 */
export const anonymousAccessPlugin: ApolloServerPlugin<GatewayContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue, operation, document }) {
        if (contextValue.caller.kind !== 'anonymous') return;
        if (!operation) throw new GraphQLError('No operation to run.', { extensions: { code: 'BAD_REQUEST' } });
        const refused = [...rootFieldNames(operation, document)].filter(
          (name) => operation.operation !== 'query' || !(PUBLIC_ROOT_FIELDS.includes(name) || ALWAYS_ALLOWED.includes(name)),
        );
        if (refused.length === 0) return;
        throw new GraphQLError(
          `Sign in to use ${refused.join(', ')}; without a token only ${PUBLIC_ROOT_FIELDS.join(' and ')} are available.`,
          {
            extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
          },
        );
      },
    };
  },
};
