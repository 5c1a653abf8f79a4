import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { migrate, openDatabase, openMigratedMemoryDatabase, withDatabase, type Database } from '@cort/db';

export type TestDatabase = Database & { name: string; drop(): Promise<void> };

async function admin<T>(adminUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await admin(adminUrl, async (client) => {
    // Let closing connections finish on their own first; FORCE is for what is left after that.
    for (let waited = 0; waited < 3000; waited += 50) {
      const { rows } = await client.query('SELECT count(*)::int AS open FROM pg_stat_activity WHERE datname = $1', [name]);
      if (rows[0].open === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
}

/**
 * A fresh database holding a service's committed migrations, for a test file or a test:
 * - with TEST_DATABASE_URL (an admin URL, e.g. postgresql://postgres@127.0.0.1:5432/postgres), a new
 *   `cort_test_<service>_<random>` database on that server, migrated; drop() closes and drops it;
 * - otherwise an in-memory PGlite, started from a snapshot of the migrated database cached per set of
 *   migrations (instead of initdb and migrating each time); drop() closes it.
 */
export async function createTestDatabase(service: string, migrationsDir: string): Promise<TestDatabase> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  const suffix = randomBytes(5).toString('hex');
  if (!adminUrl) {
    const db = await openMigratedMemoryDatabase(service, migrationsDir);
    return { ...db, name: `memory:${service}_${suffix}`, drop: () => db.close() };
  }
  const name = `cort_test_${service.replace(/\W/g, '_')}_${suffix}`;
  await admin(adminUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const db = await openDatabase({ service, url: withDatabase(adminUrl, name) });
  const drop = async () => {
    await db.close();
    await dropDatabase(adminUrl, name);
  };
  try {
    await migrate(db, migrationsDir);
  } catch (error) {
    await drop();
    throw error;
  }
  return { ...db, name, drop };
}
