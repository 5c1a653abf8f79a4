// A throwaway database for the db package's own tests: PGlite in memory, or a new database on the server of
// TEST_DATABASE_URL when it is set. (@cort/testing does the same for services, and migrates; it depends on
// this package, so it is not used here.)
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { openDatabase, type Database } from '../src/open';
import { withDatabase } from '../src/postgres';

export const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

async function admin(sql: string): Promise<void> {
  const client = new Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** `url` is the database's PostgreSQL URL (none for PGlite), for a second process's view of it. */
export async function scratchDatabase(): Promise<Database & { url?: string; drop(): Promise<void> }> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const db = await openDatabase({ service: 'probe', inMemory: true });
    return { ...db, drop: () => db.close() };
  }
  const name = `cort_test_db_${randomBytes(5).toString('hex')}`;
  await admin(`CREATE DATABASE "${name}"`);
  const url = withDatabase(adminUrl, name);
  const db = await openDatabase({ service: 'probe', url });
  return {
    ...db,
    url,
    async drop() {
      await db.close();
      await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

const connections = new WeakMap<Database['adapter'], ReturnType<Database['adapter']['connect']>>();

/** One statement through the database's counted adapter, as a service's Prisma client would send it. */
export async function query(db: Database, sql: string): Promise<unknown[][]> {
  if (!connections.has(db.adapter)) connections.set(db.adapter, db.adapter.connect());
  const adapter = await connections.get(db.adapter)!;
  return (await adapter.queryRaw({ sql, args: [], argTypes: [] })).rows;
}
