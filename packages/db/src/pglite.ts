import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PGLITE_VERSION, forgetSnapshot, readSnapshot, writeSnapshot } from './snapshots';

/** A freshly initialised, empty data folder: what initdb makes, taken once and then reused. */
export async function blankDataDir(): Promise<Blob> {
  const cached = await readSnapshot('blank', PGLITE_VERSION);
  if (cached) return cached;
  const fresh = new PGlite();
  try {
    // dumpDataDir before the instance is ready waits forever (it takes a lock that start-up needs).
    await fresh.waitReady;
    const blob = await fresh.dumpDataDir('none');
    await writeSnapshot('blank', PGLITE_VERSION, blob);
    return blob;
  } finally {
    await fresh.close();
  }
}

/** A new in-memory database, started from `from` (a data folder snapshot), else from a blank one. */
export async function memoryPGlite(from?: Blob): Promise<PGlite> {
  if (from) return started(new PGlite({ loadDataDir: from }));
  try {
    return await started(new PGlite({ loadDataDir: await blankDataDir() }));
  } catch {
    // A damaged cached snapshot: made again from initdb.
    await forgetSnapshot('blank', PGLITE_VERSION);
    return started(new PGlite({ loadDataDir: await blankDataDir() }));
  }
}

async function started(client: PGlite): Promise<PGlite> {
  await client.waitReady;
  return client;
}

/**
 * PGlite is one connection to one data folder: two instances on the same folder would corrupt it. So a
 * process holds one per folder, shared by every openDatabase() of that folder and closed with the last.
 * (Two processes on one folder are not prevented: run one service, or its migrate, at a time.)
 */
const folders = new Map<string, { client: Promise<PGlite>; users: number }>();
const closing = new Map<string, Promise<void>>();

/**
 * A service's embedded database runs with 16 MB of shared buffers instead of PostgreSQL's 128 MB: PGlite
 * keeps them in its WebAssembly memory, which never shrinks, so each subgraph on PGlite held 120-140 MiB
 * more at rest for a cache its demo-sized data never needs (measured: 8 MB saves no more). Reads past
 * the buffers come from the operating system's file cache; production runs PostgreSQL, sized there.
 */
export const EMBEDDED_SHARED_BUFFERS = '16MB';
const startParams = [...PGlite.defaultStartParams, '-c', `shared_buffers=${EMBEDDED_SHARED_BUFFERS}`];

/** What a new data folder starts from instead of initdb: a snapshot, and what to do when it would not load. */
export interface FolderStart {
  snapshot(): Promise<Blob>;
  /** The snapshot was damaged (the folder then starts blank, as without one): e.g. drop it, to be made again. */
  damaged(): Promise<void>;
}

async function startFolder(dir: string, start?: FolderStart): Promise<PGlite> {
  await closing.get(dir); // the last user's instance first lets go of the files
  // A new folder starts from a snapshot rather than running initdb into it (seconds on disk): the one given
  // (a service's migrated database), else the blank one.
  const fresh = !fs.existsSync(path.join(dir, 'PG_VERSION'));
  const empty = fresh && (!fs.existsSync(dir) || fs.readdirSync(dir).length === 0);
  fs.mkdirSync(dir, { recursive: true });
  if (fresh && start && empty) {
    const client = new PGlite(dir, { startParams, loadDataDir: await start.snapshot() });
    try {
      return await started(client);
    } catch {
      // Half a folder would pass for a database at the next start: the failed instance lets go of it first
      // (two instances on one folder corrupt it), then what it wrote is cleared (the folder was empty; the
      // folder itself stays, it may be a mount point) and it starts blank. Any failure counts as a damaged
      // snapshot: at worst a good one is made again; a cause that is not the snapshot's (a full disk) fails
      // the blank start below too, and that error is the one reported.
      await client.close().catch(() => undefined);
      for (const entry of fs.readdirSync(dir)) fs.rmSync(path.join(dir, entry), { recursive: true, force: true });
      await start.damaged();
    }
  }
  return started(new PGlite(dir, { startParams, ...(fresh ? { loadDataDir: await blankDataDir() } : {}) }));
}

/** The one PGlite of a data folder in this process; `start` says what a new folder starts from (default: blank). */
export async function folderPGlite(dataDir: string, start?: FolderStart): Promise<{ client: PGlite; release(): Promise<void> }> {
  const dir = path.resolve(dataDir);
  let entry = folders.get(dir);
  if (!entry) {
    entry = { client: startFolder(dir, start), users: 0 };
    folders.set(dir, entry);
    entry.client.catch(() => folders.delete(dir));
  }
  entry.users++;
  const shared = entry;
  let client: PGlite;
  try {
    client = await shared.client;
  } catch (error) {
    shared.users--;
    throw error;
  }
  let released = false;
  return {
    client,
    async release() {
      if (released) return;
      released = true;
      if (--shared.users > 0) return;
      folders.delete(dir);
      const closed = client.close().finally(() => closing.delete(dir));
      closing.set(dir, closed);
      await closed;
    },
  };
}

/**
 * pglite-prisma-adapter's executeScript does not await PGlite's exec, so a failing migration would be an
 * unhandled rejection and the engine would record it as applied; this awaits it and lets it throw.
 */
function awaitingScripts(adapter: SqlDriverAdapter, client: PGlite): SqlDriverAdapter {
  adapter.executeScript = async (script: string) => {
    await client.exec(script);
  };
  return adapter;
}

/** The driver adapter factory over one PGlite; its shadow database (for diffs) is a throwaway in-memory one. */
export function pgliteAdapter(client: PGlite): SqlMigrationAwareDriverAdapterFactory {
  const factory = new PrismaPGlite(client);
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => awaitingScripts(await factory.connect(), client),
    connectToShadowDb: async () => {
      const shadow = await memoryPGlite();
      const adapter = awaitingScripts(await new PrismaPGlite(shadow).connect(), shadow);
      adapter.dispose = () => shadow.close();
      return adapter;
    },
  };
}
