import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
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

/** Each connect() of the pg adapter opens a pool; close() ends those still open (the engine's, the client's). */
function closablePg(factory: PrismaPg): { rawAdapter: SqlMigrationAwareDriverAdapterFactory; close(): Promise<void> } {
  const open = new Set<{ dispose(): Promise<void> }>();
  const track = async <T extends { dispose(): Promise<void> }>(adapter: T): Promise<T> => {
    const dispose = adapter.dispose.bind(adapter);
    let disposed = false;
    adapter.dispose = async () => {
      if (disposed) return;
      disposed = true;
      open.delete(adapter);
      await dispose();
    };
    open.add(adapter);
    return adapter;
  };
  return {
    rawAdapter: {
      provider: factory.provider,
      adapterName: factory.adapterName,
      connect: async () => track(await factory.connect()),
      connectToShadowDb: async () => track(await factory.connectToShadowDb()),
    },
    close: async () => {
      await Promise.all([...open].map((adapter) => adapter.dispose()));
    },
  };
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.url) {
    const { rawAdapter, close } = closablePg(new PrismaPg({ connectionString: options.url }));
    const { factory, statements } = countStatements(rawAdapter);
    return { kind: 'postgres', adapter: factory, rawAdapter, statements, close };
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
