import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { GatewayContext } from './auth';
import { SERVER_ERROR_CODES, isDomainErrorCode, isErrorCode, type ErrorCode, type Logger } from '@cort/common';
import { DownstreamServiceError } from './subgraph-requests';

/** Extensions that would tell a client about our insides. */
const INTERNAL_EXTENSIONS = ['stacktrace', 'serviceName', 'exception', 'response', 'http'];

export const GENERIC_MESSAGE = 'Something went wrong on our side; it has been logged.';

export type ErrorKind = 'downstream' | 'client' | 'internal';

/**
 * Who an error is for. `downstream`: a subgraph did not answer (ours, named). `client`: a deliberate
 * error the client can act on, from a subgraph (domain codes only) or from the gateway itself (any
 * listed code but the server ones). `internal`: anything else, e.g. a subgraph's validation error (the
 * gateway and it disagree), a federation-wrapped raw message, or an unknown code.
 */
export function kindOf(error: unknown, extensions: Readonly<Record<string, unknown>> | undefined): ErrorKind {
  if (unwrapResolverError(error) instanceof DownstreamServiceError) return 'downstream';
  const code = extensions?.code;
  if (!isErrorCode(code)) return 'internal';
  if (typeof extensions?.serviceName === 'string') return isDomainErrorCode(code) ? 'client' : 'internal';
  return SERVER_ERROR_CODES.includes(code) ? 'internal' : 'client';
}

/**
 * Passes client errors on (code, message, field, …) without internals, names the subgraph of a
 * downstream failure, and replaces everything else by a generic INTERNAL_SERVER_ERROR.
 */
export function formatError(formatted: GraphQLFormattedError, error?: unknown): GraphQLFormattedError {
  const kind = kindOf(error, formatted.extensions);
  if (kind === 'downstream') {
    const { code, serviceName } = formatted.extensions!;
    return { message: formatted.message, extensions: { code, serviceName } };
  }
  if (kind === 'client') {
    const extensions = Object.entries(formatted.extensions ?? {}).filter(([key]) => !INTERNAL_EXTENSIONS.includes(key));
    return { ...formatted, extensions: Object.fromEntries(extensions) };
  }
  const code: ErrorCode = 'INTERNAL_SERVER_ERROR';
  return { message: GENERIC_MESSAGE, ...(formatted.path ? { path: formatted.path } : {}), extensions: { code } };
}

/** One error per subgraph that did not answer, however many of its fetches the query plan made. */
export function oneErrorPerDownstreamService(errors: readonly GraphQLFormattedError[]): GraphQLFormattedError[] {
  const seen = new Set<unknown>();
  return errors.filter((error) => {
    if (error.extensions?.code !== 'DOWNSTREAM_SERVICE_ERROR') return true;
    if (seen.has(error.extensions.serviceName)) return false;
    seen.add(error.extensions.serviceName);
    return true;
  });
}

/**
 * Logs the details of what was masked (a downstream failure was logged by its data source), and
 * leaves one error per failing subgraph. The request id and the response's log line are added where
 * every error body leaves, in `answerErrors`.
 */
export function errorReportingPlugin(logger: Logger): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            if (kindOf(error, error.extensions) !== 'internal') continue;
            logger.error('unexpected error', {
              requestId: contextValue.requestId,
              subgraph: error.extensions?.serviceName,
              code: error.extensions?.code,
              detail: error.message,
              path: error.path,
            });
          }
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          response.body.singleResult.errors = oneErrorPerDownstreamService(response.body.singleResult.errors);
        },
      };
    },
  };
}
