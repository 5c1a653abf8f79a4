import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DOMAIN_ERROR_CODES as SUBGRAPH_CODES, ERROR_CODES, isErrorCode } from '@cort/common';
import { GENERIC_MESSAGE, formatError, oneErrorPerDownstreamService } from './errors';
import { DownstreamServiceError } from './subgraph-requests';

/** Formats as Apollo calls it: what it made of the error, and the error itself. */
const format = (error: GraphQLError) => formatError(error.toJSON(), error);
const fromSubgraph = (message: string, extensions: Record<string, unknown>) =>
  new GraphQLError(message, { path: ['x'], extensions: { ...extensions, serviceName: 'participants' } });
const masked = { message: GENERIC_MESSAGE, path: ['x'], extensions: { code: 'INTERNAL_SERVER_ERROR' } };

describe('the codes a client may receive', () => {
  it('include every code a subgraph gives', () => {
    expect(SUBGRAPH_CODES.filter((code) => !isErrorCode(code))).toEqual([]);
    expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length);
  });
});

describe('formatting errors for the client', () => {
  it('names the subgraph that did not answer, and nothing else about it', () => {
    expect(format(new DownstreamServiceError('reporting'))).toEqual({
      message: expect.stringMatching(/^The reporting service is not answering/),
      extensions: { code: 'DOWNSTREAM_SERVICE_ERROR', serviceName: 'reporting' },
    });
  });

  it("passes a subgraph's deliberate errors on, without the subgraph's name or a stack trace", () => {
    const forbidden = fromSubgraph('You are not assigned to prison GENT.', { code: 'FORBIDDEN', field: 'prisonId', stacktrace: ['at x'] });
    expect(format(forbidden)).toEqual({ message: forbidden.message, path: ['x'], extensions: { code: 'FORBIDDEN', field: 'prisonId' } });
  });

  it.each([
    ['an internal error', { code: 'INTERNAL_SERVER_ERROR' }],
    ['a validation error (gateway and subgraph disagree)', { code: 'GRAPHQL_VALIDATION_FAILED' }],
    ['an unlisted code', { code: 'P2002' }],
    ['no code, which federation wraps as DOWNSTREAM_SERVICE_ERROR with the raw message', { code: 'DOWNSTREAM_SERVICE_ERROR' }],
  ])('masks from a subgraph %s', (_case, extensions) => {
    expect(format(fromSubgraph('connect ECONNREFUSED 10.0.0.3:5432', extensions))).toEqual(masked);
  });

  it("passes the gateway's own refusals on, and masks its own failures", () => {
    for (const code of [
      'OPERATION_NOT_ALLOWED',
      'RATE_LIMITED',
      'PERSISTED_QUERY_NOT_FOUND',
      'GRAPHQL_VALIDATION_FAILED',
      'BAD_USER_INPUT',
    ]) {
      const refusal = new GraphQLError('Refused.', { extensions: { code, http: { status: 400 } } });
      expect(format(refusal)).toEqual({ message: 'Refused.', extensions: { code } });
    }
    const failure = new GraphQLError('Expected "data._entities" in response to be an array', {
      path: ['x'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(format(failure)).toEqual(masked);
    expect(format(new GraphQLError('Unknown', { path: ['x'], extensions: { code: 'SOMETHING_ELSE' } }))).toEqual(masked);
  });
});

describe('one error per subgraph that did not answer', () => {
  it('keeps the first of each subgraph, and every other error, in order', () => {
    const down = (serviceName: string): GraphQLFormattedError => ({
      message: serviceName,
      extensions: { code: 'DOWNSTREAM_SERVICE_ERROR', serviceName },
    });
    const other: GraphQLFormattedError = { message: 'x', extensions: { code: 'NOT_FOUND' } };
    expect(oneErrorPerDownstreamService([down('a'), other, down('a'), down('b'), other, down('b')])).toEqual([
      down('a'),
      other,
      down('b'),
      other,
    ]);
  });
});
