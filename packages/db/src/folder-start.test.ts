import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { query } from '../test/scratch';
import { migratedSnapshotId, migrationsKey } from './memory';
import { migrate } from './migrations';
import { openDatabase, type Database } from './open';
import { repoRoot } from './paths';
import { fileName, snapshotsDir } from './snapshots';

// A service's new embedded data folder starts from its migrated snapshot rather than initdb and the schema
// engine; these check that it ends up the database `migrate` makes, and that a stale snapshot is never used.
const reportingMigrations = path.join(repoRoot(), 'services', 'reporting', 'prisma', 'migrations');

/** The schema as the catalogue describes it, and the recorded migrations (names and checksums). */
async function describe_(db: Database): Promise<unknown[][][]> {
  return Promise.all([
    query(
      db,
      `SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns
       WHERE table_schema = 'public' ORDER BY 1, 2`,
    ),
    query(db, `SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1, 2`),
    query(
      db,
      `SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint
       WHERE connamespace = 'public'::regnamespace ORDER BY 1, 2`,
    ),
    query(db, 'SELECT migration_name, checksum, applied_steps_count, finished_at IS NOT NULL FROM _prisma_migrations ORDER BY 1'),
  ]);
}

describe('the snapshots', () => {
  it('are kept beside the installed packages, whatever the data folder, so that a new one finds them', () => {
    expect(snapshotsDir({ CORT_DATA_DIR: '/var/cort' })).toBe(path.join(repoRoot(), 'node_modules', '.cache', 'cort-pglite'));
    // Outside a checkout of the repository (no workspace root above): in the data folder.
    expect(snapshotsDir({ CORT_DATA_DIR: '/var/cort' }, os.tmpdir())).toBe(path.join('/var/cort', '.cache', 'pglite'));
  });
});

describe('a new PGlite data folder of a service', () => {
  let root: string;
  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'cort-folder-start-'));
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('starts from the migrated snapshot: the same schema and recorded migrations as migrating it, nothing left to apply', async () => {
    const migrated = await openDatabase({ service: 'reporting', dataDir: path.join(root, 'migrated') });
    const applied = await migrate(migrated, reportingMigrations);
    expect(applied.length).toBeGreaterThan(0);

    const fromSnapshot = await openDatabase({
      service: 'reporting',
      dataDir: path.join(root, 'from-snapshot'),
      migrationsDir: reportingMigrations,
    });
    expect(await migrate(fromSnapshot, reportingMigrations)).toEqual([]);
    const [expected, actual] = [await describe_(migrated), await describe_(fromSnapshot)];
    expect(actual[3].map(([name]) => name)).toEqual(applied);
    expect(actual).toEqual(expected);
    // A database of its own, in its folder, with the service's small buffers; written rows outlive a restart.
    expect(await query(fromSnapshot, 'SHOW shared_buffers')).toEqual([['16MB']]);
    await query(fromSnapshot, 'CREATE TABLE kept (id INT)');
    await query(fromSnapshot, 'INSERT INTO kept VALUES (7)');
    await Promise.all([migrated.close(), fromSnapshot.close()]);

    const again = await openDatabase({
      service: 'reporting',
      dataDir: path.join(root, 'from-snapshot'),
      migrationsDir: reportingMigrations,
    });
    expect(await query(again, 'SELECT id FROM kept')).toEqual([[7]]);
    await again.close();
  });

  it('takes a new snapshot when the migrations change, and applies them all to a folder that has one more', async () => {
    const migrations = path.join(root, 'migrations');
    fs.cpSync(reportingMigrations, migrations, { recursive: true });
    const before = migrationsKey(migrations);
    // A folder started before the change leaves the snapshot of the old migrations in the cache.
    const earlier = await openDatabase({
      service: 'probe-reporting',
      dataDir: path.join(root, 'before-change'),
      migrationsDir: migrations,
    });
    expect(await migrate(earlier, migrations)).toEqual([]);
    await earlier.close();
    fs.mkdirSync(path.join(migrations, '99990101000000_probe'));
    fs.writeFileSync(path.join(migrations, '99990101000000_probe', 'migration.sql'), 'CREATE TABLE "Probe" ("id" INTEGER PRIMARY KEY);\n');
    expect(migrationsKey(migrations)).not.toBe(before);

    const db = await openDatabase({ service: 'probe-reporting', dataDir: path.join(root, 'changed'), migrationsDir: migrations });
    expect(await migrate(db, migrations)).toEqual([]);
    expect(await query(db, "SELECT migration_name FROM _prisma_migrations WHERE migration_name LIKE '%probe'")).toEqual([
      ['99990101000000_probe'],
    ]);
    expect(await query(db, 'SELECT count(*)::int FROM "Probe"')).toEqual([[0]]);
    await db.close();
  });

  it('starts blank and is migrated as before when the cached snapshot is damaged, and drops it', async () => {
    const migrations = path.join(root, 'damaged-migrations');
    fs.cpSync(reportingMigrations, migrations, { recursive: true });
    fs.mkdirSync(path.join(migrations, '99990102000000_damaged'));
    fs.writeFileSync(path.join(migrations, '99990102000000_damaged', 'migration.sql'), 'CREATE TABLE "Damaged" ("id" INTEGER);\n');
    const { name, key } = migratedSnapshotId('probe-damaged', migrations);
    const file = path.join(snapshotsDir(), fileName(name, key));
    fs.mkdirSync(snapshotsDir(), { recursive: true });
    fs.writeFileSync(file, 'not a tarball');

    const db = await openDatabase({ service: 'probe-damaged', dataDir: path.join(root, 'second'), migrationsDir: migrations });
    expect((await migrate(db, migrations)).length).toBe(
      fs.readdirSync(migrations).filter((entry) => entry !== 'migration_lock.toml').length,
    );
    expect(await query(db, 'SELECT count(*)::int FROM "Damaged"')).toEqual([[0]]);
    expect(fs.existsSync(file)).toBe(false);
    await db.close();
  });

  it('keeps a folder that holds a database: the snapshot is only for new ones', async () => {
    const dataDir = path.join(root, 'existing');
    const plain = await openDatabase({ service: 'reporting', dataDir });
    await query(plain, 'CREATE TABLE mine (id INT)');
    await plain.close();
    const again = await openDatabase({ service: 'reporting', dataDir, migrationsDir: reportingMigrations });
    expect(await query(again, "SELECT to_regclass('mine')::text, to_regclass('_prisma_migrations')::text")).toEqual([['mine', null]]);
    await again.close();
  });
});
