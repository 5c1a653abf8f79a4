import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { dataRoot, repoRoot } from './paths';

/**
 * PGlite data folders saved as tarballs, so that an in-memory database, or a service's new data folder,
 * starts from one instead of running initdb (≈1.5 s) and the migrations again. Kept in this process and in
 * `<repo>/node_modules/.cache/cort-pglite/`, so that the many test files (each its own module registry,
 * spread over jest's workers) share them too, and so that a new data folder (`rm -rf .data`, another
 * CORT_DATA_DIR) finds them: a snapshot's key names everything it depends on, so any data folder may use
 * it. A changed key is a new file, and the older files of the same name are removed.
 */
const inProcess = new Map<string, Blob>();

/** Beside the installed packages (gone with them, as are the versions in the keys); else in the data folder. */
export function snapshotsDir(env: NodeJS.ProcessEnv = process.env, from: string = __dirname): string {
  let root: string;
  try {
    root = repoRoot(from);
  } catch {
    return path.join(dataRoot(env, process.cwd()), '.cache', 'pglite');
  }
  return path.join(root, 'node_modules', '.cache', 'cort-pglite');
}

const cacheDir = () => snapshotsDir();
/** The file of a snapshot, in snapshotsDir(). */
export const fileName = (name: string, key: string) => `${name}-${createHash('sha256').update(key).digest('hex').slice(0, 16)}.tar`;

export async function readSnapshot(name: string, key: string): Promise<Blob | undefined> {
  const file = fileName(name, key);
  const cached = inProcess.get(file);
  if (cached) return cached;
  try {
    const blob = new Blob([await fs.promises.readFile(path.join(cacheDir(), file))]);
    inProcess.set(file, blob);
    return blob;
  } catch {
    return undefined;
  }
}

/** Whether the snapshot's file is in the cache folder (without reading it; this process's copy aside). */
export async function hasSnapshotFile(name: string, key: string): Promise<boolean> {
  return fs.promises.stat(path.join(cacheDir(), fileName(name, key))).then(
    () => true,
    () => false,
  );
}

export async function writeSnapshot(name: string, key: string, blob: Blob): Promise<void> {
  const file = fileName(name, key);
  inProcess.set(file, blob);
  try {
    const dir = cacheDir();
    await fs.promises.mkdir(dir, { recursive: true });
    // Written whole, then renamed: jest workers may race to write the same snapshot and must never read half of one.
    const partial = path.join(dir, `${file}.${process.pid}.${Date.now()}.partial`);
    await fs.promises.writeFile(partial, Buffer.from(await blob.arrayBuffer()));
    await fs.promises.rename(partial, path.join(dir, file));
    const sameName = (other: string) => other.length === file.length && other.startsWith(`${name}-`) && other.endsWith('.tar');
    for (const other of await fs.promises.readdir(dir)) {
      if (other !== file && sameName(other)) await fs.promises.rm(path.join(dir, other), { force: true });
    }
  } catch {
    // A read-only or full disk only costs speed: the snapshot stays cached in this process.
  }
}

/** Drops a snapshot that would not load (a damaged file), so that it is made again. */
export async function forgetSnapshot(name: string, key: string): Promise<void> {
  const file = fileName(name, key);
  inProcess.delete(file);
  await fs.promises.rm(path.join(cacheDir(), file), { force: true });
}

/** The version of an installed package, part of a snapshot's key. */
export function packageVersion(name: string): string {
  for (let dir = path.dirname(require.resolve(name)); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (!fs.existsSync(manifest)) continue;
    const { name: found, version } = JSON.parse(fs.readFileSync(manifest, 'utf8'));
    if (found === name) return version;
  }
  throw new Error(`No package.json of ${name}`);
}

/** The PGlite the snapshots were made with: a snapshot of another version is not read. */
export const PGLITE_VERSION = packageVersion('@electric-sql/pglite');
