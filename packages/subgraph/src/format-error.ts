import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { RequestContext } from './context';
import { isClientError } from './errors';
import type { Logger } from '@cort/common';

// Apollo's own request-level codes say what the client got wrong; they are safe to pass on.
const APOLLO_CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** A deliberate client error (ours, with a listed code) or Apollo's own request-level one (parse, validation). */
export function isDeliberate(error: unknown): boolean {
  const original = unwrapResolverError(error);
  const code = (error as { extensions?: { code?: unknown } } | undefined)?.extensions?.code;
  // A request-level error is not wrapped: it comes straight from Apollo.
  const requestLevel = original === error && typeof code === 'string' && APOLLO_CLIENT_CODES.has(code);
  return isClientError(original) || requestLevel;
}

/**
 * Internals (Prisma messages, SQL, hosts, stack traces) never reach a client: anything that is not a
 * deliberate client error is replaced by a generic message (and logged by unexpectedErrorLog).
 */
export function formatClientError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  if (isDeliberate(error)) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  return {
    message: 'Something went wrong on our side; it has been logged.',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/** Logs what formatClientError masks, with the request id the gateway logged and the client was given. */
export function unexpectedErrorLog(logger: Logger): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            if (isDeliberate(error)) continue;
            const original = unwrapResolverError(error);
            logger.error('unexpected error', {
              requestId: contextValue.requestId,
              error: original instanceof Error ? original.name : 'unknown',
              detail: original instanceof Error ? original.message : String(original),
              path: error.path,
            });
          }
        },
      };
    },
  };
}
