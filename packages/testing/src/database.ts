import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { migrate, openDatabase, type Database } from '@cort/db';

export type TestDatabase = Database & { name: string; drop(): Promise<void> };

function withDatabase(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function admin<T>(adminUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A fresh, migrated database for one test file: a new `cort_test_<service>_<random>` database on the
 * PostgreSQL server of TEST_DATABASE_URL (dropped by drop()), or else an in-memory PGlite.
 */
export async function createTestDatabase(service: string, migrationsDir: string): Promise<TestDatabase> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const db = await openDatabase({ service, inMemory: true });
    await migrate(db, migrationsDir);
    return { ...db, name: `memory:${service}`, drop: () => db.close() };
  }
  const name = `cort_test_${service.replace(/\W/g, '_')}_${randomBytes(5).toString('hex')}`;
  await admin(adminUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const db = await openDatabase({ service, url: withDatabase(adminUrl, name) });
  await migrate(db, migrationsDir);
  return {
    ...db,
    name,
    async drop() {
      await db.close();
      await admin(adminUrl, async (client) => {
        // Let closing connections finish on their own first; FORCE is for what is left after that.
        for (let waited = 0; waited < 3000; waited += 50) {
          const { rows } = await client.query('SELECT count(*)::int AS open FROM pg_stat_activity WHERE datname = $1', [name]);
          if (rows[0].open === 0) break;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      });
    },
  };
}
