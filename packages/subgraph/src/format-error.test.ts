import { GraphQLError } from 'graphql';
import { badUserInput } from './errors';
import { formatClientError as format, unexpectedErrorLog } from './format-error';

describe('error formatting', () => {
  const logged: Record<string, unknown>[] = [];
  const log = unexpectedErrorLog({ info: () => undefined, error: (_message, fields) => logged.push(fields ?? {}) });

  it('passes deliberate client errors with their code and field, without a stack trace', () => {
    const error = badUserInput('Capacity must be a whole number of at least 1.', 'capacity');
    const wrapped = new GraphQLError(error.message, { originalError: error, path: ['createActivity'] });
    const formatted = format(
      { message: error.message, extensions: { code: 'BAD_USER_INPUT', field: 'capacity', stacktrace: ['at x'] } },
      wrapped,
    );
    expect(formatted.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'capacity' });
  });

  it('masks anything unexpected and logs it instead, with the request id', async () => {
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
    const hooks = await log.requestDidStart!({} as never);
    await hooks!.didEncounterErrors!({ errors: [wrapped], contextValue: { requestId: 'req-9' } } as never);
    expect(logged.at(-1)).toMatchObject({ requestId: 'req-9', detail: internal.message, path: ['createActivity'] });
    await hooks!.didEncounterErrors!({
      errors: [new GraphQLError('No.', { extensions: { code: 'FORBIDDEN' } })],
      contextValue: {},
    } as never);
    expect(logged).toHaveLength(1);
  });

  it('masks database errors whatever they carry: a Prisma error with its code, an unlisted code, a client code on a raw error', () => {
    const prisma = Object.assign(
      new Error('Invalid `prisma.participant.create()` invocation: Unique constraint failed on the fields: (`detaineeNumber`)'),
      { name: 'PrismaClientKnownRequestError', code: 'P2002', meta: { target: ['detaineeNumber'] } },
    );
    const unlisted = new GraphQLError('duplicate key value violates unique constraint "Participant_detaineeNumber_key"', {
      extensions: { code: 'P2002' },
    });
    for (const internal of [prisma, unlisted]) {
      const wrapped = new GraphQLError(internal.message, { originalError: internal, path: ['registerParticipant'] });
      const formatted = format({ message: internal.message, path: ['registerParticipant'], extensions: { code: 'P2002' } }, wrapped);
      expect(formatted).toEqual({
        message: 'Something went wrong on our side; it has been logged.',
        path: ['registerParticipant'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
    }
    // A code that only looks like a client's, on something that is no deliberate error, is masked too.
    const spoofed = new GraphQLError('relation "Participant" does not exist', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    const wrapped = new GraphQLError(spoofed.message, { originalError: spoofed, path: ['participant'] });
    expect(format({ message: spoofed.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, wrapped).extensions?.code).toBe(
      'INTERNAL_SERVER_ERROR',
    );
  });

  it('keeps request-level validation errors from Apollo', () => {
    const error = new GraphQLError('Cannot query field "x" on type "Query".', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(format({ message: error.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, error).extensions?.code).toBe(
      'GRAPHQL_VALIDATION_FAILED',
    );
  });
});
