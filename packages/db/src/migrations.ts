import fs from 'node:fs';
import path from 'node:path';
import type { Database } from './open';
import { NO_FILTERS, withSchemaEngine } from './schema-engine';

export const LOCKFILE = 'migration_lock.toml';
const LOCK_CONTENT = '# Written by the db package; the database provider of this migration history.\nprovider = "postgresql"\n';

/** The committed migrations as the schema engine reads them: folder names in order, each with its SQL. */
export function migrationsList(migrationsDir: string) {
  const directories = fs.existsSync(migrationsDir)
    ? fs
        .readdirSync(migrationsDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : [];
  const lockPath = path.join(migrationsDir, LOCKFILE);
  return {
    baseDir: migrationsDir,
    lockfile: { path: LOCKFILE, content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, 'utf8') : null },
    shadowDbInitScript: '',
    migrationDirectories: directories.map((name) => ({
      path: name,
      migrationFile: {
        path: 'migration.sql',
        content: { tag: 'ok', value: fs.readFileSync(path.join(migrationsDir, name, 'migration.sql'), 'utf8') },
      },
    })),
  };
}

/** The schema.prisma beside a service's migrations folder. */
export const schemaPathOf = (migrationsDir: string) => path.join(path.dirname(migrationsDir), 'schema.prisma');

/** What `prisma migrate deploy` does: applies the committed migrations not yet applied; returns their names. */
export async function migrate(db: Database, migrationsDir: string): Promise<string[]> {
  return withSchemaEngine(db.rawAdapter, schemaPathOf(migrationsDir), async (engine) => {
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList: migrationsList(migrationsDir), filters: NO_FILTERS });
    return appliedMigrationNames;
  });
}

const timestamp = (now: Date) => now.toISOString().replace(/[-:T]/g, '').slice(0, 14);

/**
 * What `prisma migrate dev --create-only` does: the SQL from the committed migrations to the schema,
 * written as the next migration folder. Returns its path, or null when the schema has not changed.
 */
export async function createMigration(options: { db: Database; migrationsDir: string; name: string; now?: Date }): Promise<string | null> {
  if (!/^[a-z0-9_]+$/.test(options.name))
    throw new Error('A migration name is lower-case letters, digits and underscores, e.g. add_room_capacity.');
  const schemaPath = schemaPathOf(options.migrationsDir);
  const sql = await withSchemaEngine(options.db.rawAdapter, schemaPath, async (engine) => {
    const list = migrationsList(options.migrationsDir);
    const { stdout } = await engine.diff({
      from: list.migrationDirectories.length ? { tag: 'migrations', ...list } : { tag: 'empty' },
      to: { tag: 'schemaDatamodel', files: [{ path: schemaPath, content: fs.readFileSync(schemaPath, 'utf8') }] },
      script: true,
      shadowDatabaseUrl: null,
      exitCode: null,
      filters: NO_FILTERS,
    });
    return stdout;
  });
  if (!sql.trim() || /^-- This is an empty migration\.?\s*$/.test(sql.trim())) return null;
  const dir = path.join(options.migrationsDir, `${timestamp(options.now ?? new Date())}_${options.name}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'migration.sql'), sql);
  const lock = path.join(options.migrationsDir, LOCKFILE);
  if (!fs.existsSync(lock)) fs.writeFileSync(lock, LOCK_CONTENT);
  return dir;
}
