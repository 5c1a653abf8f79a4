import { ApolloServer } from '@apollo/server';
import type { Caller } from '@cort/auth';
import { auditPlugin, ReadAudit, type AuditedContext, type AuditedRead } from './audit';
import { clientOperationName } from './server';

const caller: Caller = { kind: 'user', sub: 'p-1', roles: ['COORDINATOR'], prisons: ['HAREN'] };
const logger = { info: jest.fn(), error: jest.fn() };

describe('ReadAudit', () => {
  it('keeps one entry per person with each category once', () => {
    const audit = new ReadAudit();
    audit.record('a', 'PROFILE');
    audit.record('a', 'CUSTODY');
    audit.record('a', 'PROFILE');
    audit.record('b', 'NAME');
    expect(audit.entries()).toEqual([
      { subject: 'a', categories: ['CUSTODY', 'PROFILE'] },
      { subject: 'b', categories: ['NAME'] },
    ]);
  });
});

describe('auditPlugin', () => {
  async function serve(write: (reads: AuditedRead[]) => Promise<void>) {
    const server = new ApolloServer<AuditedContext>({
      typeDefs: 'type Query { name: String  count: Int }',
      resolvers: {
        Query: {
          name: (_: unknown, __: unknown, context: AuditedContext) => {
            context.audit.record('person-1', 'NAME');
            return 'Someone';
          },
          count: () => 3,
        },
      },
      plugins: [auditPlugin<AuditedContext>((reads) => write(reads), logger)],
    });
    await server.start();
    return server;
  }
  const ask = (server: ApolloServer<AuditedContext>, query: string) =>
    server.executeOperation({ query }, { contextValue: { caller, requestId: 'req-1', audit: new ReadAudit() } });

  it('writes what the request read before the answer leaves', async () => {
    const written: AuditedRead[][] = [];
    const server = await serve(async (reads) => void written.push(reads));
    const response = await ask(server, '{ name }');
    expect(response.body.kind === 'single' && response.body.singleResult.data).toEqual({ name: 'Someone' });
    expect(written).toEqual([[{ subject: 'person-1', categories: ['NAME'] }]]);
    await ask(server, '{ count }');
    expect(written).toHaveLength(1);
    await server.stop();
  });

  it('withholds the data when the audit trail cannot be written', async () => {
    const server = await serve(async () => {
      throw new Error('connection lost');
    });
    const response = await ask(server, '{ name count }');
    const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
    expect(result?.data).toBeNull();
    expect(result?.errors).toEqual([expect.objectContaining({ extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-1' } })]);
    expect(JSON.stringify(result)).not.toContain('Someone');
    expect(logger.error).toHaveBeenCalledWith('audit write failed: response withheld', expect.objectContaining({ requestId: 'req-1' }));
    await server.stop();
  });
});

describe('clientOperationName', () => {
  it('recovers the client’s operation from the name of the gateway’s plan step', () => {
    expect(clientOperationName({ operationName: 'CoordinatorOffer__participants__2' })).toBe('CoordinatorOffer');
    expect(clientOperationName({ operationName: 'Roster' })).toBe('Roster');
    expect(clientOperationName({ operationName: 'bad name; DROP' })).toBeUndefined();
    expect(clientOperationName({})).toBeUndefined();
  });
});
