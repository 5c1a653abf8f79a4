import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import { Pool } from 'pg';
import type { SqlDriverAdapterFactory, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { repoRoot } from './paths';
import { countStatements, type StatementCounter } from './statements';

export interface Database {
  kind: 'pglite' | 'postgres';
  /** What `new PrismaClient({ adapter })` takes; counts its statements. */
  adapter: SqlDriverAdapterFactory;
  /** The same database without counting, for the schema engine. */
  rawAdapter: SqlMigrationAwareDriverAdapterFactory;
  statements: StatementCounter;
  close(): Promise<void>;
}

export interface OpenOptions {
  service: string;
  /** PostgreSQL URL; without one the database is embedded PGlite. */
  url?: string;
  /** PGlite's folder; default `$CORT_DATA_DIR/<service>`, else `<repo>/.data/<service>`. */
  dataDir?: string;
  /** PGlite in memory, gone on close (tests). */
  inMemory?: boolean;
}

/**
 * PGlite's Prisma adapter does not await executeScript, so a failing migration script would be an
 * unhandled rejection instead of an error; this makes it a proper awaited call.
 */
function awaitedScripts(client: PGlite, factory: PrismaPGlite): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => {
      const adapter = await factory.connect();
      adapter.executeScript = async (script: string) => {
        await client.exec(script);
      };
      return adapter;
    },
    // The schema engine diffs against a throwaway in-memory database.
    connectToShadowDb: async () => {
      const shadow = new PGlite();
      const adapter = await new PrismaPGlite(shadow).connect();
      adapter.executeScript = async (script: string) => {
        await shadow.exec(script);
      };
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose();
        await shadow.close();
      };
      return adapter;
    },
  };
}

/**
 * A pool the service owns (the adapter only borrows it), so close() can end it and wait. A connection the
 * server drops (restart, failover, a test database dropped) emits an error event: with a listener the
 * pool replaces the connection; without one the process would crash. Queries still fail with their error.
 */
function ownedPool(connectionString: string, max?: number): Pool {
  const pool = new Pool({ connectionString, ...(max ? { max } : {}) });
  const ignore = () => undefined;
  pool.on('error', ignore);
  pool.on('connect', (client) => client.on('error', ignore));
  return pool;
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.url) {
    const clientPool = ownedPool(options.url);
    // The schema engine gets a pool of one connection: it takes a session-level advisory lock while
    // migrating, and with more connections the unlock can go out on another one than the lock, leaving
    // the lock held and the next migration of that database waiting until it times out.
    const enginePool = ownedPool(options.url, 1);
    const { factory, statements } = countStatements(new PrismaPg(clientPool));
    return {
      kind: 'postgres',
      adapter: factory,
      rawAdapter: new PrismaPg(enginePool),
      statements,
      close: async () => {
        await Promise.all([clientPool.end(), enginePool.end()]);
      },
    };
  }
  let client: PGlite;
  if (options.inMemory) {
    client = new PGlite();
  } else {
    const dir =
      options.dataDir ??
      path.join(process.env.CORT_DATA_DIR ? path.resolve(process.env.CORT_DATA_DIR) : path.join(repoRoot(), '.data'), options.service);
    fs.mkdirSync(dir, { recursive: true });
    client = new PGlite(dir);
  }
  await client.waitReady;
  const rawAdapter = awaitedScripts(client, new PrismaPGlite(client));
  const { factory, statements } = countStatements(rawAdapter);
  return { kind: 'pglite', adapter: factory, rawAdapter, statements, close: () => client.close() };
}
