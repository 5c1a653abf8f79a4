import { createHash } from 'node:crypto';
import { migrate, migrationsList } from './migrations';
import { openMemoryDatabase, type Database } from './open';
import { PGLITE_VERSION, forgetSnapshot, packageVersion, readSnapshot, writeSnapshot } from './snapshots';

const ENGINE_VERSION = packageVersion('@prisma/schema-engine-wasm');

/** Names everything the migrated data folder depends on: the engines and every migration's name and SQL. */
export function migrationsKey(migrationsDir: string): string {
  const list = migrationsList(migrationsDir);
  const hash = createHash('sha256').update(`${PGLITE_VERSION}\n${ENGINE_VERSION}\n${list.lockfile.content ?? ''}\n`);
  for (const migration of list.migrationDirectories) hash.update(`${migration.path}\n${migration.migrationFile.content.value}\n`);
  return hash.digest('hex');
}

/** The snapshot of a service's migrated database: its name and key (see snapshots.ts). */
export function migratedSnapshotId(service: string, migrationsDir: string) {
  return { name: `migrated-${service.replace(/[^\w-]/g, '_')}`, key: migrationsKey(migrationsDir) };
}

/** A new in-memory database holding the committed migrations, saved as the snapshot (and returned with it). */
async function migrateAndSnapshot(
  service: string,
  migrationsDir: string,
): Promise<{ db: Database & { close(): Promise<void> }; blob: Blob }> {
  const { name, key } = migratedSnapshotId(service, migrationsDir);
  const db = await openMemoryDatabase();
  try {
    await migrate(db, migrationsDir);
    const blob = await db.client.dumpDataDir('none');
    await writeSnapshot(name, key, blob);
    return { db, blob };
  } catch (error) {
    await db.close();
    throw error;
  }
}

/**
 * A data folder holding a service's committed migrations, as `migrate` leaves it: the cached snapshot, else
 * made now (in memory) and cached. A service's new embedded data folder starts from it.
 */
export async function migratedSnapshot(service: string, migrationsDir: string): Promise<Blob> {
  const { name, key } = migratedSnapshotId(service, migrationsDir);
  const cached = await readSnapshot(name, key);
  if (cached) return cached;
  const { db, blob } = await migrateAndSnapshot(service, migrationsDir);
  await db.close();
  return blob;
}

/**
 * An in-memory PGlite database holding a service's committed migrations, as `migrate` leaves it. The first
 * one (per set of migrations, on this machine) is migrated and snapshotted; the next ones start from that
 * snapshot, which takes a fraction of initdb plus migrating.
 */
export async function openMigratedMemoryDatabase(service: string, migrationsDir: string): Promise<Database> {
  const { name, key } = migratedSnapshotId(service, migrationsDir);
  const snapshot = await readSnapshot(name, key);
  if (snapshot) {
    try {
      return await openMemoryDatabase(snapshot);
    } catch {
      await forgetSnapshot(name, key);
    }
  }
  return (await migrateAndSnapshot(service, migrationsDir)).db;
}
