import type { SqlDriverAdapter, SqlDriverAdapterFactory, Transaction } from '@prisma/driver-adapter-utils';
import { countStatements } from './statements';

/** A driver adapter that does nothing, shaped like adapter-pg (phantom: false) or PGlite's (phantom: true). */
function fakeFactory(usePhantomQuery: boolean): SqlDriverAdapterFactory {
  const result = { columnNames: [], columnTypes: [], rows: [] };
  const transaction = (): Transaction => ({
    provider: 'postgres',
    adapterName: 'fake',
    options: { usePhantomQuery },
    queryRaw: async () => result,
    executeRaw: async () => 0,
    commit: async () => undefined,
    rollback: async () => undefined,
    createSavepoint: async () => undefined,
    rollbackToSavepoint: async () => undefined,
    releaseSavepoint: async () => undefined,
  });
  const adapter: SqlDriverAdapter = {
    provider: 'postgres',
    adapterName: 'fake',
    queryRaw: async () => result,
    executeRaw: async () => 0,
    executeScript: async () => undefined,
    startTransaction: async () => transaction(),
    dispose: async () => undefined,
  };
  return { provider: 'postgres', adapterName: 'fake', connect: async () => adapter };
}

const query = { sql: 'SELECT 1', args: [], argTypes: [] };

describe('countStatements', () => {
  it('counts queries, executes and scripts, and nothing else', async () => {
    const { factory, statements } = countStatements(fakeFactory(false));
    const adapter = await factory.connect();
    await adapter.queryRaw(query);
    await adapter.executeRaw(query);
    await adapter.executeScript('SELECT 1; SELECT 2');
    adapter.getConnectionInfo?.();
    await adapter.dispose();
    expect(statements.count).toBe(3);
    statements.reset();
    expect(statements.count).toBe(0);
  });

  it.each([
    ['adapter-pg', false, 1],
    ['PGlite', true, 0],
  ])('counts a transaction as on the wire with %s: BEGIN, its statements, COMMIT', async (_name, phantom, prismaSendsCommit) => {
    const { factory, statements } = countStatements(fakeFactory(phantom));
    const tx = await (await factory.connect()).startTransaction();
    await tx.queryRaw(query);
    await tx.executeRaw(query);
    // Prisma sends COMMIT itself only when the transaction is not phantom, then calls commit().
    for (let i = 0; i < prismaSendsCommit; i++) await tx.executeRaw({ ...query, sql: 'COMMIT' });
    await tx.commit();
    expect(statements.count).toBe(4);
  });

  it('counts an isolation level, savepoints and a rollback', async () => {
    const { factory, statements } = countStatements(fakeFactory(true));
    const tx = await (await factory.connect()).startTransaction('SERIALIZABLE');
    await tx.createSavepoint!('a');
    await tx.rollbackToSavepoint!('a');
    await tx.releaseSavepoint!('a');
    await tx.rollback();
    expect(statements.count).toBe(2 + 3 + 1);
  });

  it('keeps one count per factory', async () => {
    const first = countStatements(fakeFactory(false));
    const second = countStatements(fakeFactory(false));
    await (await first.factory.connect()).queryRaw(query);
    expect([first.statements.count, second.statements.count]).toEqual([1, 0]);
  });
});
