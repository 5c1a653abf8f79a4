import { createHash } from 'node:crypto';
import { migrate, migrationsList } from './migrations';
import { openMemoryDatabase, type Database } from './open';
import { PGLITE_VERSION, forgetSnapshot, packageVersion, readSnapshot, writeSnapshot } from './snapshots';

const ENGINE_VERSION = packageVersion('@prisma/schema-engine-wasm');

/** Names everything the migrated data folder depends on: the engines and every migration's name and SQL. */
function migrationsKey(migrationsDir: string): string {
  const list = migrationsList(migrationsDir);
  const hash = createHash('sha256').update(`${PGLITE_VERSION}\n${ENGINE_VERSION}\n${list.lockfile.content ?? ''}\n`);
  for (const migration of list.migrationDirectories) hash.update(`${migration.path}\n${migration.migrationFile.content.value}\n`);
  return hash.digest('hex');
}

/**
 * An in-memory PGlite database holding a service's committed migrations, as `migrate` leaves it. The first
 * one (per set of migrations, on this machine) is migrated and snapshotted; the next ones start from that
 * snapshot, which takes a fraction of initdb plus migrating.
 */
export async function openMigratedMemoryDatabase(service: string, migrationsDir: string): Promise<Database> {
  const key = migrationsKey(migrationsDir);
  const name = `migrated-${service.replace(/[^\w-]/g, '_')}`;
  const snapshot = await readSnapshot(name, key);
  if (snapshot) {
    try {
      return await openMemoryDatabase(snapshot);
    } catch {
      await forgetSnapshot(name, key);
    }
  }
  const db = await openMemoryDatabase();
  try {
    await migrate(db, migrationsDir);
    await writeSnapshot(name, key, await db.client.dumpDataDir('none'));
    return db;
  } catch (error) {
    await db.close();
    throw error;
  }
}
