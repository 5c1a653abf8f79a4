import type { SqlDriverAdapter, SqlDriverAdapterFactory, Transaction } from '@prisma/driver-adapter-utils';

/** How many SQL statements a service sent; tests use it to prove a request's cost does not grow with a list. */
export interface StatementCounter {
  readonly count: number;
  reset(): void;
}

const COUNTED = new Set(['queryRaw', 'executeRaw', 'executeScript']);

function counting<T extends object>(target: T, tally: () => void, wrapResult?: (name: string, result: any) => any): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (COUNTED.has(String(property))) tally();
        const result = value.apply(object, args);
        return wrapResult ? wrapResult(String(property), result) : result;
      };
    },
  });
}

/** Wraps a driver adapter factory so every statement, in or out of a transaction, is counted. */
export function countStatements(factory: SqlDriverAdapterFactory): { factory: SqlDriverAdapterFactory; statements: StatementCounter } {
  let count = 0;
  const tally = () => void count++;
  const wrapTransaction = (name: string, result: any) =>
    name === 'startTransaction' ? Promise.resolve(result).then((tx: Transaction) => counting(tx, tally)) : result;
  const wrapAdapter = (name: string, result: any) =>
    name === 'connect' ? Promise.resolve(result).then((adapter: SqlDriverAdapter) => counting(adapter, tally, wrapTransaction)) : result;
  return {
    factory: counting(factory, () => undefined, wrapAdapter),
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
