import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { isClientError } from './errors';
import type { Logger } from './logger';

// Apollo's own request-level codes say what the client got wrong; they are safe to pass on.
const APOLLO_CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Internals (Prisma messages, SQL, hosts, stack traces) never reach a client: anything that is not a
 * deliberate client error is logged here and replaced by a generic message.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    const original = unwrapResolverError(error);
    // A request-level error (parse, validation, variables) is not wrapped: it comes straight from Apollo.
    const requestLevel = original === error && typeof code === 'string' && APOLLO_CLIENT_CODES.has(code);
    if (isClientError(original) || requestLevel) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    logger.error('unexpected error', {
      error: original instanceof Error ? original.name : 'unknown',
      detail: original instanceof Error ? original.message : String(original),
      path: formatted.path,
    });
    return {
      message: 'Something went wrong on our side; it has been logged.',
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
