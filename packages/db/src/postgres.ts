import { randomUUID } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import pg from 'pg';

/** The same server URL, naming another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

const ignore = () => undefined;

/**
 * A pool the service owns (the adapter only borrows it), so close() can end it and wait. A connection the
 * server drops (restart, failover, a test database dropped) emits an error event: with a listener the
 * pool replaces the connection; without one the process would crash. Queries still fail with their error.
 */
function ownedPool(connectionString: string, options: { max?: number; forEngine?: boolean } = {}): pg.Pool {
  // The engine's one connection is never closed for being idle: the advisory locks of a migration are
  // held by that session, and a reconnect between two of its statements would silently drop them.
  const idle = options.forEngine ? { idleTimeoutMillis: 0 } : {};
  const pool = new pg.Pool({ connectionString, ...(options.max ? { max: options.max } : {}), ...idle });
  pool.on('error', ignore);
  pool.on('connect', (client) => {
    client.on('error', ignore);
    if (options.forEngine) charAsText(client);
  });
  return pool;
}

const CHAR = 18;
const TEXT = 25;

/**
 * adapter-pg 7.10 refuses columns of PostgreSQL's one-byte `"char"` type (UnsupportedNativeDataType), and
 * the schema engine reads such columns from the catalogue (pg_class.relkind, pg_constraint.contype…) when
 * it describes a database for a diff. Their values are one-letter strings, so the engine's connections
 * report them as text. The service's connections are left as they are.
 */
function charAsText(client: pg.PoolClient): void {
  const fix = (result: any) => {
    for (const field of result?.fields ?? []) if (field.dataTypeID === CHAR) field.dataTypeID = TEXT;
    return result;
  };
  const query = client.query.bind(client) as (...args: any[]) => any;
  (client as any).query = (...args: any[]) => {
    const last = args[args.length - 1];
    if (typeof last === 'function') return query(...args.slice(0, -1), (error: unknown, result: unknown) => last(error, fix(result)));
    const result = query(...args);
    return typeof result?.then === 'function' ? result.then(fix) : result;
  };
}

export interface PostgresAdapters {
  /** The service's: one pool for every PrismaClient made on it. */
  service: SqlDriverAdapterFactory;
  /** The schema engine's, whose shadow database is created for a diff and dropped after it. */
  migration: SqlMigrationAwareDriverAdapterFactory;
  /** Runs a migration alone among every process migrating this database (see `serialiseMigrations`). */
  serialiseMigrations<T>(work: () => Promise<T>): Promise<T>;
  /** Runs work alone among every process running work of that name on this database (see `runAlone`). */
  runAlone<T>(name: string, work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Our own advisory lock key (the engine's is 72707369): "migrations of this database, one process at a time". */
export const MIGRATION_LOCK_KEY = 72707370;

/** The first key of the two-key advisory locks of `runAlone` (the second is a hash of the work's name). */
export const ALONE_LOCK_CLASS = 72707371;

/**
 * adapter-pg's executeScript splits a migration at every `;`, which cuts a function body (`$$ … ; … $$`,
 * e.g. the audit table's trigger) in pieces; pg sends a script without parameters whole, as one simple
 * query, which PostgreSQL runs as one implicit transaction: a migration applies entirely or not at all.
 */
function wholeScripts(adapter: SqlDriverAdapter, pool: pg.Pool): SqlDriverAdapter {
  adapter.executeScript = async (script: string) => {
    await pool.query(script);
  };
  return adapter;
}

export function postgresAdapters(url: string): PostgresAdapters {
  const servicePool = ownedPool(url);
  // The schema engine gets a pool of one connection: it takes a session-level advisory lock while
  // migrating, and with more connections the unlock can go out on another one than the lock, leaving
  // the lock held and the next migration of that database waiting until it times out.
  const enginePool = ownedPool(url, { max: 1, forEngine: true });
  // The engine connects once per call and never disposes its main connection: one adapter serves them all.
  let engineAdapter: Promise<SqlDriverAdapter> | undefined;
  const shadows = new Set<SqlDriverAdapter>();

  const connectToShadowDb = async (): Promise<SqlDriverAdapter> => {
    const name = `prisma_migrate_shadow_db_${randomUUID().replace(/-/g, '')}`;
    const admin = new pg.Client({ connectionString: url });
    admin.on('error', ignore);
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    const pool = ownedPool(withDatabase(url, name), { max: 1, forEngine: true });
    const adapter = wholeScripts(await new PrismaPg(pool).connect(), pool);
    let dropped = false;
    // adapter-pg's own shadow database is dropped while its pool is still connected, which fails; here the
    // pool ends first, and FORCE ends any connection the server has not let go of yet.
    adapter.dispose = async () => {
      if (dropped) return;
      dropped = true;
      shadows.delete(adapter);
      await pool.end();
      try {
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await admin.end();
      }
    };
    shadows.add(adapter);
    return adapter;
  };

  /**
   * Replicas of a service start together and each applies the committed migrations. The engine guards
   * them with an advisory lock it gives up on after 10 s, and never releases it (its session stays open),
   * so a second replica used to wait those 10 s or fail to start. Here a process first waits for this
   * lock on the engine's own connection, without a time limit, and afterwards releases every advisory
   * lock of that session: the engine then finds its lock free, and nothing stays held once migrated.
   */
  async function serialiseMigrations<T>(work: () => Promise<T>): Promise<T> {
    await enginePool.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      return await work();
    } finally {
      await enginePool.query('SELECT pg_advisory_unlock_all()');
    }
  }

  /**
   * The same kind of lock for other work that replicas starting together must not do twice at once (the
   * demo seeding): held by the engine's session while the work runs on the service's pool, waited for
   * without a time limit. Only this lock is released afterwards: the session may hold no other, but
   * unlocking all here would be a trap for a later caller that holds one.
   */
  async function runAlone<T>(name: string, work: () => Promise<T>): Promise<T> {
    await enginePool.query('SELECT pg_advisory_lock($1::int, hashtext($2::text))', [ALONE_LOCK_CLASS, name]);
    try {
      return await work();
    } finally {
      await enginePool.query('SELECT pg_advisory_unlock($1::int, hashtext($2::text))', [ALONE_LOCK_CLASS, name]);
    }
  }

  const service = new PrismaPg(servicePool);
  return {
    serialiseMigrations,
    runAlone,
    service,
    migration: {
      provider: service.provider,
      adapterName: service.adapterName,
      connect: () => (engineAdapter ??= new PrismaPg(enginePool).connect().then((adapter) => wholeScripts(adapter, enginePool))),
      connectToShadowDb,
    },
    async close() {
      await Promise.all([...shadows].map((shadow) => shadow.dispose()));
      await Promise.all([servicePool.end(), enginePool.end()]);
    },
  };
}
