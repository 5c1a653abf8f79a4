import type { IsolationLevel, SqlDriverAdapter, SqlDriverAdapterFactory, Transaction } from '@prisma/driver-adapter-utils';

/**
 * How many SQL statements a service sent to its database. Tests use it to prove that a request's cost
 * does not grow with the length of a list, so it counts exactly what reaches the database, and the same
 * on PGlite and PostgreSQL:
 * - each queryRaw / executeRaw, in or out of a transaction: 1; each executeScript (one round trip): 1;
 * - a transaction: 1 for its BEGIN (+1 for SET TRANSACTION ISOLATION LEVEL when one is asked), 1 for its
 *   COMMIT or ROLLBACK, and 1 per savepoint operation.
 * The last two need care because the adapters differ: adapter-pg sends BEGIN and savepoints itself and
 * leaves COMMIT/ROLLBACK to Prisma (an executeRaw on the transaction, counted as such), while PGlite's
 * adapter marks its transactions `usePhantomQuery` and sends BEGIN and COMMIT/ROLLBACK itself.
 */
export interface StatementCounter {
  readonly count: number;
  reset(): void;
}

type Tally = (statements: number) => void;
type Counts<T> = Partial<Record<string | symbol, (args: unknown[], target: T) => number>>;
type Wraps = Partial<Record<string | symbol, (result: any) => any>>;

/** Forwards everything to `target` (so its private fields keep working), counting the methods in `counts`. */
function counted<T extends object>(target: T, counts: Counts<T>, wraps: Wraps, tally: Tally): T {
  return new Proxy(target, {
    get(object, property) {
      const value = Reflect.get(object, property, object);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const count = counts[property];
        if (count) tally(count(args, object));
        const result = value.apply(object, args);
        const wrap = wraps[property];
        return wrap ? Promise.resolve(result).then(wrap) : result;
      };
    },
  });
}

const one = () => 1;

function countTransaction(tx: Transaction, tally: Tally): Transaction {
  // A phantom transaction ends with a statement the adapter sends itself; the others with Prisma's executeRaw.
  const closing = (_args: unknown[], target: Transaction) => (target.options?.usePhantomQuery ? 1 : 0);
  const counts: Counts<Transaction> = {
    queryRaw: one,
    executeRaw: one,
    commit: closing,
    rollback: closing,
    createSavepoint: one,
    rollbackToSavepoint: one,
    releaseSavepoint: one,
  };
  return counted(tx, counts, {}, tally);
}

function countAdapter(adapter: SqlDriverAdapter, tally: Tally): SqlDriverAdapter {
  const counts: Counts<SqlDriverAdapter> = {
    queryRaw: one,
    executeRaw: one,
    executeScript: one,
    startTransaction: (args) => ((args[0] as IsolationLevel | undefined) ? 2 : 1),
  };
  return counted(adapter, counts, { startTransaction: (tx: Transaction) => countTransaction(tx, tally) }, tally);
}

/** Wraps a driver adapter factory so that every statement sent through what it connects is counted. */
export function countStatements<F extends SqlDriverAdapterFactory>(factory: F): { factory: F; statements: StatementCounter } {
  let count = 0;
  const tally: Tally = (statements) => {
    count += statements;
  };
  return {
    factory: counted(factory, {}, { connect: (adapter: SqlDriverAdapter) => countAdapter(adapter, tally) }, tally),
    statements: {
      get count() {
        return count;
      },
      reset() {
        count = 0;
      },
    },
  };
}
