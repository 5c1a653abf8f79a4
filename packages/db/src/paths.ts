import fs from 'node:fs';
import path from 'node:path';

/** The monorepo's root: the nearest folder up from here whose package.json declares workspaces. */
export function repoRoot(from: string = __dirname): string {
  let dir = path.resolve(from);
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && JSON.parse(fs.readFileSync(manifest, 'utf8')).workspaces) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No workspace root above ${from}`);
    dir = parent;
  }
}

/** Where embedded databases live: `$CORT_DATA_DIR`, else `<repo>/.data` (gitignored). */
export function dataRoot(env: NodeJS.ProcessEnv = process.env, root?: string): string {
  return env.CORT_DATA_DIR ? path.resolve(env.CORT_DATA_DIR) : path.join(root ?? repoRoot(), '.data');
}

export interface ServicePaths {
  name: string;
  schemaPath: string;
  migrationsDir: string;
}

/** Every service of the repo that has a Prisma schema. */
export function servicesWithDatabases(root: string = repoRoot()): ServicePaths[] {
  const servicesDir = path.join(root, 'services');
  return fs
    .readdirSync(servicesDir)
    .filter((name) => fs.existsSync(path.join(servicesDir, name, 'prisma', 'schema.prisma')))
    .sort()
    .map((name) => ({
      name,
      schemaPath: path.join(servicesDir, name, 'prisma', 'schema.prisma'),
      migrationsDir: path.join(servicesDir, name, 'prisma', 'migrations'),
    }));
}

/** The variable naming one service's database: `<SERVICE>_DATABASE_URL`, e.g. ACTIVITIES_DATABASE_URL. */
export function databaseUrlVariable(service: string): string {
  return `${service.toUpperCase().replace(/-/g, '_')}_DATABASE_URL`;
}

/** `<SERVICE>_DATABASE_URL` (databaseUrlVariable), else `DATABASE_URL`; undefined means embedded PGlite. */
export function databaseUrlFor(service: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env[databaseUrlVariable(service)] || env.DATABASE_URL || undefined;
}
