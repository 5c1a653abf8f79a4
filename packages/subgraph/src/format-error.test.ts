import { GraphQLError } from 'graphql';
import { badUserInput } from './errors';
import { createErrorFormatter } from './format-error';

describe('error formatting', () => {
  const logged: Record<string, unknown>[] = [];
  const format = createErrorFormatter({ info: () => undefined, error: (_message, fields) => logged.push(fields ?? {}) });

  it('passes deliberate client errors with their code and field, without a stack trace', () => {
    const error = badUserInput('Capacity must be a whole number of at least 1.', 'capacity');
    const wrapped = new GraphQLError(error.message, { originalError: error, path: ['createActivity'] });
    const formatted = format(
      { message: error.message, extensions: { code: 'BAD_USER_INPUT', field: 'capacity', stacktrace: ['at x'] } },
      wrapped,
    );
    expect(formatted.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'capacity' });
  });

  it('masks anything unexpected and logs it instead', () => {
    const internal = new Error('Invalid `prisma.activity.create()` invocation: connect ECONNREFUSED 10.0.0.5:5432');
    const wrapped = new GraphQLError(internal.message, { originalError: internal, path: ['createActivity'] });
    const formatted = format(
      { message: internal.message, path: ['createActivity'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      wrapped,
    );
    expect(formatted).toEqual({
      message: 'Something went wrong on our side; it has been logged.',
      path: ['createActivity'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(JSON.stringify(formatted)).not.toMatch(/prisma|ECONNREFUSED|5432/);
    expect(logged.at(-1)).toMatchObject({ detail: internal.message });
  });

  it('keeps request-level validation errors from Apollo', () => {
    const error = new GraphQLError('Cannot query field "x" on type "Query".', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(format({ message: error.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, error).extensions?.code).toBe(
      'GRAPHQL_VALIDATION_FAILED',
    );
  });
});
