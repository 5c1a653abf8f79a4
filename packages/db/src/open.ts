import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import type { SqlDriverAdapterFactory, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { migratedSnapshot, migratedSnapshotId } from './memory';
import { dataRoot } from './paths';
import { postgresAdapters } from './postgres';
import { forgetSnapshot } from './snapshots';
import { countStatements, type StatementCounter } from './statements';

export interface Database {
  kind: 'pglite' | 'postgres';
  /** PostgreSQL's URL; none for PGlite (one connection, in this process). */
  url?: string;
  /** What `new PrismaClient({ adapter })` takes; every statement sent through it is counted. */
  adapter: SqlDriverAdapterFactory;
  /** The same database, uncounted, for the schema engine (which also asks it for shadow databases). */
  rawAdapter: SqlMigrationAwareDriverAdapterFactory;
  statements: StatementCounter;
  /** Runs a migration alone among the processes migrating this database (PostgreSQL: an advisory lock; PGlite has one process per folder). */
  serialiseMigrations<T>(work: () => Promise<T>): Promise<T>;
  /**
   * Runs work alone among the processes running work of the same name on this database, and among the
   * callers in this process (replicas that start together seed the demo data once: the second finds it
   * there). PostgreSQL: an advisory lock, waited for; PGlite has one process per folder, so a queue.
   */
  runAlone<T>(name: string, work: () => Promise<T>): Promise<T>;
  /** Ends the pools or lets go of the embedded database; calling it again does nothing. */
  close(): Promise<void>;
}

export interface OpenOptions {
  service: string;
  /** PostgreSQL URL; without one the database is embedded PGlite. */
  url?: string;
  /** PGlite's folder; default `$CORT_DATA_DIR/<service>`, else `<repo>/.data/<service>`. */
  dataDir?: string;
  /** PGlite in memory, gone on close (tests, scratch databases). */
  inMemory?: boolean;
  /**
   * The service's migrations: a new PGlite data folder starts from them applied (the cached snapshot, made
   * once), instead of initdb and the schema engine applying them one by one, which `migrate` then finds done.
   */
  migrationsDir?: string;
}

/**
 * One caller of this process at a time, for everything a Database runs alone: two callers sharing a
 * Database share its PostgreSQL session for the locks, where a lock taken twice is simply held twice (the
 * lock alone would let both in), and where a migration's unlock-all would release another caller's lock.
 */
function oneAtATime(): <T>(work: () => Promise<T>) => Promise<T> {
  let queue: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T>) => {
    const turn = queue.catch(() => undefined).then(work);
    queue = turn;
    return turn;
  };
}

/**
 * PGlite (Postgres compiled to WebAssembly, and its Prisma adapter) is loaded only where a database is
 * embedded: a service on PostgreSQL never needs it, and it was several MiB of every such process.
 */
const embedded = () => require('./pglite') as typeof import('./pglite');

function database(
  kind: Database['kind'],
  rawAdapter: SqlMigrationAwareDriverAdapterFactory,
  close: () => Promise<void>,
  serviceAdapter: SqlDriverAdapterFactory = rawAdapter,
  serialiseMigrations: Database['serialiseMigrations'] = (work) => work(),
  lockAlone: Database['runAlone'] = (_, work) => work(),
): Database {
  const { factory, statements } = countStatements(serviceAdapter);
  let closed: Promise<void> | undefined;
  const inTurn = oneAtATime();
  return {
    kind,
    adapter: factory,
    rawAdapter,
    statements,
    serialiseMigrations: (work) => inTurn(() => serialiseMigrations(work)),
    runAlone: (name, work) => inTurn(() => lockAlone(name, work)),
    close: () => (closed ??= close()),
  };
}

/** An in-memory PGlite database, started from a data folder snapshot (blank when none is given). */
export async function openMemoryDatabase(from?: Blob): Promise<Database & { client: PGlite }> {
  const { memoryPGlite, pgliteAdapter } = embedded();
  const client = await memoryPGlite(from);
  return { ...database('pglite', pgliteAdapter(client), () => client.close()), client };
}

/**
 * A service's database: PostgreSQL through adapter-pg when there is a URL, else embedded PGlite in its
 * data folder (one instance per folder and process) or in memory.
 */
export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.url) {
    const { service, migration, serialiseMigrations, runAlone, close } = postgresAdapters(options.url);
    return { ...database('postgres', migration, close, service, serialiseMigrations, runAlone), url: options.url };
  }
  if (options.inMemory) return openMemoryDatabase();
  const { folderPGlite, pgliteAdapter } = embedded();
  const migrationsDir = options.migrationsDir;
  const start = migrationsDir && {
    snapshot: () => migratedSnapshot(options.service, migrationsDir),
    damaged: async () => {
      const { name, key } = migratedSnapshotId(options.service, migrationsDir);
      await forgetSnapshot(name, key);
    },
  };
  const { client, release } = await folderPGlite(options.dataDir ?? path.join(dataRoot(), options.service), start || undefined);
  return database('pglite', pgliteAdapter(client), release);
}
