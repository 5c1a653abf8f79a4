/**
 * Every `extensions.code` a client of the graph can receive, in one list clients may switch on. The
 * subgraphs raise the domain codes; the gateway adds the request and transport ones and replaces anything
 * else by INTERNAL_SERVER_ERROR.
 */
export const DOMAIN_ERROR_CODES = ['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT'] as const;

export const ERROR_CODES = [
  // Deliberate errors of the subgraphs (and of the gateway's own checks): the client can act on them.
  ...DOMAIN_ERROR_CODES,
  // The request itself: a bad document, variables or body, or a refused operation.
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'PAYLOAD_TOO_LARGE',
  'OPERATION_NOT_ALLOWED',
  'RATE_LIMITED',
  // A subgraph did not answer (down, hung, HTTP error); `extensions.serviceName` names it.
  'DOWNSTREAM_SERVICE_ERROR',
  'INTERNAL_SERVER_ERROR',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];
export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

export const isErrorCode = (value: unknown): value is ErrorCode => (ERROR_CODES as readonly unknown[]).includes(value);

export const isDomainErrorCode = (value: unknown): value is DomainErrorCode => (DOMAIN_ERROR_CODES as readonly unknown[]).includes(value);

/** Codes that mean "our fault": the response is logged at error level. */
export const SERVER_ERROR_CODES: readonly ErrorCode[] = ['DOWNSTREAM_SERVICE_ERROR', 'INTERNAL_SERVER_ERROR'];
