import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { GatewayContext } from './auth';
import type { Logger } from './logger';

/** Deliberate errors a subgraph or the gateway gives a client, with a message the client can act on. */
const CLIENT_CODES = new Set(['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT']);
/** Apollo's own request-level codes at the gateway: the client sent a bad document or variables. */
const REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);
/** Extensions that would tell a client about our insides. */
const INTERNAL_EXTENSIONS = ['stacktrace', 'serviceName', 'exception', 'response', 'http'];

/** A downstream validation error means the gateway and a subgraph disagree: ours to fix, not the client's. */
export function isForClient(extensions: Readonly<Record<string, unknown>> | undefined): boolean {
  const code = extensions?.code;
  if (typeof code !== 'string') return false;
  return CLIENT_CODES.has(code) || (typeof extensions?.serviceName !== 'string' && REQUEST_CODES.has(code));
}

export const GENERIC_MESSAGE = 'Something went wrong on our side; it has been logged.';

/**
 * Passes deliberate client errors on (code, message, field, …) and replaces everything else (network
 * failures naming internal URLs, subgraph HTTP errors, stack traces) by a generic INTERNAL_SERVER_ERROR.
 */
export function formatError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (isForClient(formatted.extensions)) {
    const extensions = Object.entries(formatted.extensions ?? {}).filter(([key]) => !INTERNAL_EXTENSIONS.includes(key));
    return { ...formatted, extensions: Object.fromEntries(extensions) };
  }
  return { message: GENERIC_MESSAGE, ...(formatted.path ? { path: formatted.path } : {}), extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

/** Logs what was masked, with the request id that every error the client gets also carries. */
export function errorReportingPlugin(logger: Logger): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            if (isForClient(error.extensions)) continue;
            logger.error('unexpected error', {
              requestId: contextValue.requestId,
              subgraph: error.extensions?.serviceName,
              code: error.extensions?.code,
              detail: error.message,
              path: error.path,
            });
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          for (const error of response.body.singleResult.errors ?? []) {
            (error.extensions as Record<string, unknown>).requestId = contextValue.requestId;
          }
        },
      };
    },
  };
}
