// What the db:migrate and db:migration scripts do, apart from reading argv and printing, so tests can run it.
import path from 'node:path';
import { migratedSnapshot, migratedSnapshotId } from './memory';
import { createMigration, migrate } from './migrations';
import { openDatabase } from './open';
import { dataRoot, databaseUrlFor, databaseUrlVariable, repoRoot, servicesWithDatabases, type ServicePaths } from './paths';
import { hasSnapshotFile } from './snapshots';

export interface CommandOptions {
  /** The monorepo; default the one this package is in. */
  root?: string;
  env?: NodeJS.ProcessEnv;
}

function pick(root: string, service: string | undefined): ServicePaths[] {
  const all = servicesWithDatabases(root);
  const chosen = all.filter((s) => !service || s.name === service);
  if (!chosen.length)
    throw new Error(`No service ${service ?? ''} with a prisma/schema.prisma; there are: ${all.map((s) => s.name).join(', ') || 'none'}.`);
  return chosen;
}

/**
 * Applies the committed migrations of one service or of every one, each to the database its configuration
 * names: `<SERVICE>_DATABASE_URL` or `DATABASE_URL`, else PGlite in `<data>/<service>`. Returns, per
 * service, the migrations applied now.
 */
export async function migrateServices(options: CommandOptions & { service?: string } = {}): Promise<Record<string, string[]>> {
  const root = options.root ?? repoRoot();
  const env = options.env ?? process.env;
  const applied: Record<string, string[]> = {};
  for (const { name, migrationsDir } of pick(root, options.service)) {
    const url = databaseUrlFor(name, env);
    // Without a URL this would migrate an embedded database inside the container and report success.
    if (!url && env.NODE_ENV === 'production')
      throw new Error(`${databaseUrlVariable(name)} (or DATABASE_URL) is required when NODE_ENV=production.`);
    const db = await openDatabase({ service: name, url, dataDir: path.join(dataRoot(env, root), name) });
    try {
      applied[name] = await migrate(db, migrationsDir);
    } finally {
      await db.close();
    }
  }
  return applied;
}

/**
 * Writes a service's next migration from its schema.prisma. Needs no database server: the migrations are
 * replayed on a scratch in-memory PGlite (as its shadow database). Returns the new folder, or null.
 */
export async function createServiceMigration(
  options: CommandOptions & { service: string; name: string; now?: Date },
): Promise<string | null> {
  const [target] = pick(options.root ?? repoRoot(), options.service);
  const scratch = await openDatabase({ service: options.service, inMemory: true });
  try {
    return await createMigration({
      db: scratch,
      schemaPath: target.schemaPath,
      migrationsDir: target.migrationsDir,
      name: options.name,
      now: options.now,
    });
  } finally {
    await scratch.close();
  }
}

/**
 * Makes the migrated snapshot of one service or of every one (see memory.ts) unless this machine holds it
 * already: the build's last step, so that a new embedded data folder under `npm start` starts from it
 * instead of running initdb and every migration before the service listens. Says, per service, whether it
 * was `made` now, `kept`, or made but `unsaved` (the cache folder could not be written: each start then
 * makes it again).
 */
export async function snapshotServices(
  options: CommandOptions & { service?: string } = {},
): Promise<Record<string, 'made' | 'kept' | 'unsaved'>> {
  const done: Record<string, 'made' | 'kept' | 'unsaved'> = {};
  for (const { name, migrationsDir } of pick(options.root ?? repoRoot(), options.service)) {
    const { name: file, key } = migratedSnapshotId(name, migrationsDir);
    if (await hasSnapshotFile(file, key)) done[name] = 'kept';
    else {
      await migratedSnapshot(name, migrationsDir);
      done[name] = (await hasSnapshotFile(file, key)) ? 'made' : 'unsaved';
    }
  }
  return done;
}
