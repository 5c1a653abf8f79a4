import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestDatabase, type TestDatabase } from './database';

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

async function query(db: TestDatabase, sql: string): Promise<unknown[][]> {
  const adapter = await db.adapter.connect();
  return (await adapter.queryRaw({ sql, args: [], argTypes: [] })).rows;
}

describe(`createTestDatabase (${onPostgres ? 'PostgreSQL' : 'PGlite'})`, () => {
  let migrationsDir: string;
  beforeAll(() => {
    migrationsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cort-testing-'));
    fs.mkdirSync(path.join(migrationsDir, '20260101000000_init'));
    fs.writeFileSync(path.join(migrationsDir, '20260101000000_init', 'migration.sql'), 'CREATE TABLE "Probe" ("id" TEXT PRIMARY KEY);');
    fs.writeFileSync(path.join(migrationsDir, 'migration_lock.toml'), 'provider = "postgresql"\n');
  });
  afterAll(() => fs.rmSync(migrationsDir, { recursive: true, force: true }));

  it('gives migrated databases, each its own', async () => {
    const first = await createTestDatabase('probe', migrationsDir);
    const second = await createTestDatabase('probe', migrationsDir);
    try {
      expect(first.kind).toBe(onPostgres ? 'postgres' : 'pglite');
      expect(first.name).not.toBe(second.name);
      if (onPostgres) expect(first.name).toMatch(/^cort_test_probe_[0-9a-f]{10}$/);
      expect(await query(second, 'SELECT migration_name FROM _prisma_migrations')).toEqual([['20260101000000_init']]);
      await query(first, `INSERT INTO "Probe" VALUES ('x')`);
      expect(await query(second, 'SELECT count(*)::int FROM "Probe"')).toEqual([[0]]);
    } finally {
      await Promise.all([first.drop(), second.drop()]);
    }
  });

  it('counts the statements sent to it', async () => {
    const db = await createTestDatabase('probe', migrationsDir);
    db.statements.reset();
    await query(db, 'SELECT 1');
    expect(db.statements.count).toBe(1);
    await db.drop();
  });

  (onPostgres ? it : it.skip)('drops the database on drop()', async () => {
    const db = await createTestDatabase('probe', migrationsDir);
    await db.drop();
    const { Client } = await import('pg');
    const client = new Client({ connectionString: process.env.TEST_DATABASE_URL });
    await client.connect();
    const { rows } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [db.name]);
    await client.end();
    expect(rows).toEqual([]);
  });
});
