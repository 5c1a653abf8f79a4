import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createMigration, migrate } from './migrations';
import { openDatabase, type Database } from './open';

const SCHEMA = (extra = '') => `datasource db {\n  provider = "postgresql"\n}\n\nmodel Probe {\n  id String @id\n  n  Int\n${extra}}\n`;

describe('migrations through the WebAssembly schema engine', () => {
  let dir: string;
  let db: Database;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cort-db-'));
    fs.writeFileSync(path.join(dir, 'schema.prisma'), SCHEMA());
    db = await openDatabase({ service: 'probe', inMemory: true });
  });
  afterAll(async () => {
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const migrationsDir = () => path.join(dir, 'migrations');

  it('writes the first migration from the schema, then nothing while the schema is unchanged', async () => {
    const first = await createMigration({ db, migrationsDir: migrationsDir(), name: 'init', now: new Date('2026-01-01T00:00:00Z') });
    expect(path.basename(first!)).toBe('20260101000000_init');
    expect(fs.readFileSync(path.join(first!, 'migration.sql'), 'utf8')).toContain('CREATE TABLE "Probe"');
    expect(fs.existsSync(path.join(migrationsDir(), 'migration_lock.toml'))).toBe(true);
    expect(await createMigration({ db, migrationsDir: migrationsDir(), name: 'again' })).toBeNull();
  });

  it('writes only the difference for a schema change', async () => {
    fs.writeFileSync(path.join(dir, 'schema.prisma'), SCHEMA('  label String?\n'));
    const next = await createMigration({ db, migrationsDir: migrationsDir(), name: 'add_label', now: new Date('2026-01-02T00:00:00Z') });
    const sql = fs.readFileSync(path.join(next!, 'migration.sql'), 'utf8');
    expect(sql).toContain('ADD COLUMN     "label" TEXT');
    expect(sql).not.toContain('CREATE TABLE');
  });

  it('applies the committed migrations once and records them as prisma migrate deploy does', async () => {
    expect(await migrate(db, migrationsDir())).toEqual(['20260101000000_init', '20260102000000_add_label']);
    expect(await migrate(db, migrationsDir())).toEqual([]);
    const adapter = await db.adapter.connect();
    const result = await adapter.queryRaw({ sql: 'SELECT migration_name FROM _prisma_migrations ORDER BY 1', args: [], argTypes: [] });
    expect(result.rows).toEqual([['20260101000000_init'], ['20260102000000_add_label']]);
  });

  it('counts every statement sent through the adapter', async () => {
    db.statements.reset();
    const adapter = await db.adapter.connect();
    await adapter.executeRaw({
      sql: 'INSERT INTO "Probe" (id, n) VALUES ($1, 1)',
      args: ['a'],
      argTypes: [{ scalarType: 'string', arity: 'scalar' }] as any,
    });
    const tx = await adapter.startTransaction();
    await tx.queryRaw({ sql: 'SELECT count(*) FROM "Probe"', args: [], argTypes: [] });
    await tx.commit();
    expect(db.statements.count).toBe(2);
  });
});
