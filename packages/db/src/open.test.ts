import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { onPostgres, query, scratchDatabase } from '../test/scratch';
import { openMigratedMemoryDatabase } from './memory';
import { openDatabase } from './open';
import { EMBEDDED_SHARED_BUFFERS } from './pglite';

describe('openDatabase on PGlite', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cort-pglite-'));
  });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('keeps a service database in its folder, across closing and opening', async () => {
    const first = await openDatabase({ service: 'probe', dataDir });
    expect(first.kind).toBe('pglite');
    await query(first, 'CREATE TABLE kept (id INT)');
    await query(first, 'INSERT INTO kept VALUES (42)');
    await first.close();
    await first.close(); // a second close does nothing
    const again = await openDatabase({ service: 'probe', dataDir });
    expect(await query(again, 'SELECT id FROM kept')).toEqual([[42]]);
    await again.close();
  });

  it("runs a service's embedded database with small shared buffers, new folder or not (its memory never shrinks)", async () => {
    const folder = path.join(dataDir, 'buffers');
    for (let start = 0; start < 2; start++) {
      const db = await openDatabase({ service: 'probe', dataDir: folder });
      expect(await query(db, 'SHOW shared_buffers')).toEqual([[EMBEDDED_SHARED_BUFFERS]]);
      await db.close();
    }
  });

  it('shares one PGlite per folder in a process, closing it with the last user', async () => {
    const a = await openDatabase({ service: 'probe', dataDir });
    const b = await openDatabase({ service: 'probe', dataDir });
    await query(a, 'CREATE TABLE shared (id INT)');
    await a.close();
    // Still open for b, which sees what a wrote: the same instance, not a second one on the same files.
    expect(await query(b, 'SELECT count(*)::int FROM shared')).toEqual([[0]]);
    a.statements.reset();
    await query(b, 'SELECT 1');
    expect([a.statements.count, b.statements.count]).toEqual([0, 2]);
    await b.close();
  });

  it('gives every in-memory database its own empty PostgreSQL', async () => {
    const [a, b] = await Promise.all([
      openDatabase({ service: 'probe', inMemory: true }),
      openDatabase({ service: 'probe', inMemory: true }),
    ]);
    await query(a, 'CREATE TABLE mine (id INT)');
    expect(await query(b, "SELECT count(*)::int FROM pg_tables WHERE tablename = 'mine'")).toEqual([[0]]);
    expect(await query(b, 'SELECT current_user, current_database()')).toEqual([['postgres', 'postgres']]);
    await Promise.all([a.close(), b.close()]);
  });
});

describe('openMigratedMemoryDatabase', () => {
  it('starts each database from the migrated snapshot, independent of the others', async () => {
    const migrationsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cort-migrations-'));
    fs.mkdirSync(path.join(migrationsDir, '20260101000000_init'));
    fs.writeFileSync(path.join(migrationsDir, '20260101000000_init', 'migration.sql'), 'CREATE TABLE "Thing" ("id" TEXT PRIMARY KEY);');
    const first = await openMigratedMemoryDatabase('probe-snapshot', migrationsDir);
    await query(first, `INSERT INTO "Thing" VALUES ('only in first')`);
    const second = await openMigratedMemoryDatabase('probe-snapshot', migrationsDir);
    expect(await query(second, 'SELECT migration_name FROM _prisma_migrations')).toEqual([['20260101000000_init']]);
    expect(await query(second, 'SELECT count(*)::int FROM "Thing"')).toEqual([[0]]);
    await Promise.all([first.close(), second.close()]);
    fs.rmSync(migrationsDir, { recursive: true, force: true });
  });
});

describe('openDatabase on PostgreSQL', () => {
  const url = process.env.TEST_DATABASE_URL;
  (url ? it : it.skip)('uses the URL through adapter-pg', async () => {
    const db = await openDatabase({ service: 'probe', url });
    expect(db.kind).toBe('postgres');
    expect(await query(db, 'SELECT 1::int')).toEqual([[1]]);
    await db.close();
    await db.close();
  });
});

describe(`running work alone (${onPostgres ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('lets one replica at a time run work of one name, in this process and across processes', async () => {
    const first = await scratchDatabase();
    // A second replica: on PostgreSQL its own pools (its own session for the lock), on PGlite the same
    // database, which only one process opens.
    const second = first.url ? await openDatabase({ service: 'probe', url: first.url }) : first;
    const timeline: string[] = [];
    const seed = (who: string) => async () => {
      timeline.push(`${who} starts`);
      // Long enough for the others to try their turn meanwhile.
      await new Promise((resolve) => setTimeout(resolve, 30));
      timeline.push(`${who} ends`);
      return who;
    };
    try {
      const done = await Promise.all([
        first.runAlone('seed', seed('a')),
        second.runAlone('seed', seed('b')),
        first.runAlone('seed', seed('c')),
        second.runAlone('seed', seed('d')),
      ]);
      expect(done).toEqual(['a', 'b', 'c', 'd']);
      // Never two at once: every start is followed by its own end.
      for (let i = 0; i < timeline.length; i += 2) expect(timeline[i + 1]).toBe(timeline[i].replace('starts', 'ends'));
      expect(timeline).toHaveLength(8);
      // A failed work lets the next one run.
      await expect(first.runAlone('seed', async () => Promise.reject(new Error('no')))).rejects.toThrow('no');
      expect(await second.runAlone('seed', async () => 'after')).toBe('after');
    } finally {
      if (second !== first) await second.close();
      await first.drop();
    }
  });
});
