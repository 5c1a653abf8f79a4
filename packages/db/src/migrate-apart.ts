// The worker thread that applies a PostgreSQL database's committed migrations (see applyApart in
// migrations.ts): its own connection, its own schema engine, all of it gone when the thread ends.
import { parentPort, workerData } from 'node:worker_threads';
import { applyCommitted } from './migrations';
import { postgresAdapters } from './postgres';

async function run({ url, migrationsDir }: { url: string; migrationsDir: string }) {
  const adapters = postgresAdapters(url);
  try {
    parentPort?.postMessage({ applied: await applyCommitted(adapters.migration, migrationsDir) });
  } catch (error) {
    parentPort?.postMessage({
      error: error instanceof Error ? error.message : String(error),
      code: typeof (error as { code?: unknown })?.code === 'string' ? (error as { code: string }).code : undefined,
    });
  } finally {
    await adapters.close();
  }
}

void run(workerData);
