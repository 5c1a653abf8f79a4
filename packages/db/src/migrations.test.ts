import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { onPostgres, query, scratchDatabase } from '../test/scratch';
import { applierFor, applyApart, applyHere, applyInWorker, createMigration, migrate, upToDate, type ApplyMigrations } from './migrations';
import { openDatabase, type Database } from './open';

const SCHEMA = (extra = '') => `datasource db {\n  provider = "postgresql"\n}\n\nmodel Probe {\n  id String @id\n  n  Int\n${extra}}\n`;

describe(`migrations through the WebAssembly schema engine (${onPostgres ? 'PostgreSQL' : 'PGlite'})`, () => {
  let dir: string;
  let db: Database & { drop(): Promise<void> };
  const migrationsDir = () => path.join(dir, 'migrations');
  const schemaPath = () => path.join(dir, 'schema.prisma');

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cort-db-'));
    fs.writeFileSync(schemaPath(), SCHEMA());
    db = await scratchDatabase();
  });
  afterAll(async () => {
    await db.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('writes the first migration and the lock file from the schema, then nothing while the schema is unchanged', async () => {
    const first = await createMigration({ db, migrationsDir: migrationsDir(), name: 'init', now: new Date('2026-01-01T00:00:00Z') });
    expect(first).toBe(path.join(migrationsDir(), '20260101000000_init'));
    expect(fs.readFileSync(path.join(first!, 'migration.sql'), 'utf8')).toContain('CREATE TABLE "Probe"');
    expect(fs.readFileSync(path.join(migrationsDir(), 'migration_lock.toml'), 'utf8')).toContain('provider = "postgresql"');
    expect(await createMigration({ db, migrationsDir: migrationsDir(), name: 'again' })).toBeNull();
    expect(fs.readdirSync(migrationsDir())).toEqual(['20260101000000_init', 'migration_lock.toml']);
  });

  it('writes only the difference for a schema change, from a schema given by path', async () => {
    const elsewhere = path.join(dir, 'elsewhere.prisma');
    fs.writeFileSync(elsewhere, SCHEMA('  label String?\n'));
    const next = await createMigration({
      db,
      schemaPath: elsewhere,
      migrationsDir: migrationsDir(),
      name: 'add_label',
      now: new Date('2026-01-02T00:00:00Z'),
    });
    const sql = fs.readFileSync(path.join(next!, 'migration.sql'), 'utf8');
    expect(sql).toContain('ADD COLUMN     "label" TEXT');
    expect(sql).not.toContain('CREATE TABLE');
    fs.copyFileSync(elsewhere, schemaPath());
  });

  it('refuses a name that is not snake_case', async () => {
    await expect(createMigration({ db, migrationsDir: migrationsDir(), name: 'Add label' })).rejects.toThrow(/lower-case/);
  });

  it('applies the committed migrations once and records them as prisma migrate deploy does', async () => {
    expect(await migrate(db, migrationsDir())).toEqual(['20260101000000_init', '20260102000000_add_label']);
    expect(await migrate(db, migrationsDir())).toEqual([]);
    const rows = await query(
      db,
      'SELECT migration_name, checksum, finished_at IS NOT NULL, applied_steps_count FROM _prisma_migrations ORDER BY 1',
    );
    const checksum = (name: string) =>
      createHash('sha256')
        .update(fs.readFileSync(path.join(migrationsDir(), name, 'migration.sql')))
        .digest('hex');
    expect(rows).toEqual([
      ['20260101000000_init', checksum('20260101000000_init'), true, 1],
      ['20260102000000_add_label', checksum('20260102000000_add_label'), true, 1],
    ]);
    expect(await query(db, "SELECT column_name FROM information_schema.columns WHERE table_name = 'Probe' ORDER BY 1")).toEqual([
      ['id'],
      ['label'],
      ['n'],
    ]);
  });

  it('stops at a failing migration, records it as failed, and applies nothing after it', async () => {
    const broken = path.join(migrationsDir(), '20260103000000_broken');
    fs.mkdirSync(broken);
    fs.writeFileSync(path.join(broken, 'migration.sql'), 'ALTER TABLE "Nowhere" ADD COLUMN "x" INTEGER;');
    const after = path.join(migrationsDir(), '20260104000000_after');
    fs.mkdirSync(after);
    fs.writeFileSync(path.join(after, 'migration.sql'), 'CREATE TABLE "After" ("id" TEXT PRIMARY KEY);');
    await expect(migrate(db, migrationsDir())).rejects.toThrow(/Nowhere/);
    expect(
      await query(db, "SELECT migration_name, finished_at IS NULL FROM _prisma_migrations WHERE migration_name >= '20260103' ORDER BY 1"),
    ).toEqual([['20260103000000_broken', true]]);
    // As with the Prisma CLI, a failed migration blocks the next ones until it is resolved.
    await expect(migrate(db, migrationsDir())).rejects.toThrow(/failed/);
  });
});

describe('upToDate: whether deploy would apply nothing, so that the schema engine need not be loaded', () => {
  const applied = (name: string) => ({ name, finished: true, rolledBack: false });
  it('holds when every committed migration is recorded as finished, whatever else is recorded', () => {
    expect(upToDate(['a', 'b'], [applied('a'), applied('b')])).toBe(true);
    expect(upToDate(['a'], [applied('a'), applied('gone')])).toBe(true);
  });
  it('fails on a new database, a migration not applied yet, or one rolled back', () => {
    expect(upToDate(['a'], [])).toBe(false);
    expect(upToDate(['a', 'b'], [applied('a')])).toBe(false);
    expect(upToDate(['a'], [{ name: 'a', finished: true, rolledBack: true }])).toBe(false);
  });
  it('fails when a migration failed, so that the engine reports it', () => {
    expect(upToDate(['a'], [applied('a'), { name: 'b', finished: false, rolledBack: false }])).toBe(false);
  });
});

// Two replicas of a service start at the same moment against one PostgreSQL database (a PGlite folder has
// one process, so there is nothing to serialise there).
(onPostgres ? describe : describe.skip)('migrations of replicas starting together (PostgreSQL)', () => {
  it('are applied by one, found applied by the other, and leave no advisory lock held', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cort-db-'));
    for (const [name, sql] of [
      ['20260101000000_init', 'CREATE TABLE "T" ("id" TEXT PRIMARY KEY);'],
      ['20260102000000_more', 'ALTER TABLE "T" ADD COLUMN "n" INTEGER;'],
    ]) {
      fs.mkdirSync(path.join(dir, name));
      fs.writeFileSync(path.join(dir, name, 'migration.sql'), sql);
    }
    const first = await scratchDatabase();
    const second = await openDatabase({ service: 'probe', url: first.url });
    try {
      const applied = await Promise.all([migrate(first, dir), migrate(second, dir)]);
      expect(applied.map((names) => names.length).sort()).toEqual([0, 2]);
      // Both processes stay up (as services do) and hold nothing: a third replica would not wait.
      expect(
        await query(
          first,
          "SELECT count(*)::int FROM pg_locks l JOIN pg_database d ON d.oid = l.database WHERE l.locktype = 'advisory' AND d.datname = current_database()",
        ),
      ).toEqual([[0]]);
      expect(await migrate(second, dir)).toEqual([]);
    } finally {
      await second.close();
      await first.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

(onPostgres ? describe : describe.skip)('migrations applied in a worker thread of their own (PostgreSQL, as a built service does)', () => {
  // The worker runs the built package (a thread cannot run the TypeScript sources): npm test builds first.
  let dir: string;
  let db: Database & { url?: string; drop(): Promise<void> };
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cort-db-'));
    db = await scratchDatabase();
  });
  afterAll(async () => {
    await db.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const add = (name: string, sql: string) => {
    fs.mkdirSync(path.join(dir, name));
    fs.writeFileSync(path.join(dir, name, 'migration.sql'), sql);
  };

  it("answers with what it applied, and with the database's own error and the engine's code when one fails", async () => {
    add('20260101000000_init', 'CREATE TABLE "T" ("id" TEXT PRIMARY KEY);');
    expect(await applyApart(db.url!, dir)).toEqual(['20260101000000_init']);
    expect(await applyApart(db.url!, dir)).toEqual([]);
    add('20260102000000_broken', 'ALTER TABLE "Nowhere" ADD COLUMN "x" INTEGER;');
    await expect(applyApart(db.url!, dir)).rejects.toThrow(/Nowhere/);
    // The failed migration blocks the next try, with the engine's code as the CLI gives it.
    await expect(applyApart(db.url!, dir)).rejects.toMatchObject({ code: 'P3009' });
    expect(await query(db, 'SELECT count(*)::int FROM "T"')).toEqual([[0]]);
  });

  it('gives up on a worker that ends without an answer', async () => {
    const silent = path.join(dir, 'silent-worker.js');
    fs.writeFileSync(silent, 'process.exit(3);');
    await expect(applyApart(db.url!, dir, silent)).rejects.toThrow(/worker ended \(3\) without an answer/);
  });
});

describe(`how migrate has the migrations applied (${onPostgres ? 'PostgreSQL' : 'PGlite'})`, () => {
  let dir: string;
  let db: Database & { url?: string; drop(): Promise<void> };
  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cort-db-'));
    add('20260101000000_init', 'CREATE TABLE "T" ("id" TEXT PRIMARY KEY);');
    db = await scratchDatabase();
  });
  afterEach(async () => {
    await db.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const add = (name: string, sql: string) => {
    fs.mkdirSync(path.join(dir, name));
    fs.writeFileSync(path.join(dir, name, 'migration.sql'), sql);
  };
  /** `apply`, with what each of its calls applied. */
  const counted = (apply: ApplyMigrations) => {
    const calls: string[][] = [];
    const through: ApplyMigrations = async (database, migrationsDir) => {
      const applied = await apply(database, migrationsDir);
      calls.push(applied);
      return applied;
    };
    return { calls, apply: through };
  };

  it('calls apply only while a committed migration is not applied: a start with all applied loads no schema engine', async () => {
    const here = counted(applyHere);
    expect(await migrate(db, dir, here)).toEqual(['20260101000000_init']);
    expect(await migrate(db, dir, here)).toEqual([]);
    add('20260102000000_more', 'ALTER TABLE "T" ADD COLUMN "n" INTEGER;');
    expect(await migrate(db, dir, here)).toEqual(['20260102000000_more']);
    expect(await migrate(db, dir, here)).toEqual([]);
    expect(here.calls).toEqual([['20260101000000_init'], ['20260102000000_more']]);
  });

  (onPostgres ? it : it.skip)('applies them in a worker thread on PostgreSQL, as a built service does', async () => {
    const worker = counted(applyInWorker);
    expect(await migrate(db, dir, worker)).toEqual(['20260101000000_init']);
    expect(await migrate(db, dir, worker)).toEqual([]);
    expect(worker.calls).toEqual([['20260101000000_init']]);
    expect(await query(db, 'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL')).toEqual([
      ['20260101000000_init'],
    ]);
  });

  (onPostgres ? it.skip : it)('refuses the worker on PGlite, whose one connection this process holds', async () => {
    await expect(migrate(db, dir, { apply: applyInWorker })).rejects.toThrow(/worker on PostgreSQL only/);
  });
});

describe('applierFor: where migrate applies the migrations by default', () => {
  const postgres = { url: 'postgresql://postgres@127.0.0.1:5432/cort' };
  it('in a worker thread on PostgreSQL when running built, in this thread otherwise', () => {
    expect(applierFor(postgres, true)).toBe(applyInWorker);
    expect(applierFor(postgres, false)).toBe(applyHere);
    expect(applierFor({}, true)).toBe(applyHere);
  });
  it('counts the built package as built and the sources (these tests) as not', () => {
    // The build of this very module, as a service or the CLI loads it (npm test builds first).
    const built: typeof import('./migrations') = require(path.join(__dirname, '..', 'dist', 'migrations.js'));
    expect(built.applierFor(postgres)).toBe(built.applyInWorker);
    expect(applierFor(postgres)).toBe(applyHere);
  });
});

describe('migrations without a schema beside them', () => {
  it('are applied all the same', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cort-db-'));
    fs.mkdirSync(path.join(dir, '20260101000000_init'));
    fs.writeFileSync(path.join(dir, '20260101000000_init', 'migration.sql'), 'CREATE TABLE "T" ("id" TEXT PRIMARY KEY);');
    const db = await scratchDatabase();
    try {
      expect(await migrate(db, dir)).toEqual(['20260101000000_init']);
    } finally {
      await db.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
