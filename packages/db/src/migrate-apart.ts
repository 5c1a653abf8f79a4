// The worker thread that applies a PostgreSQL database's committed migrations (see applyApart in
// migrations.ts): its own connection, its own schema engine, all of it gone when the thread ends.
import { parentPort, workerData } from 'node:worker_threads';
import { applyCommitted } from './migrations';
import { postgresAdapters } from './postgres';

async function run({ url, migrationsDir }: { url: string; migrationsDir: string }) {
  const adapters = postgresAdapters(url);
  let answer: { applied: string[] } | { error: string; code?: string };
  try {
    answer = { applied: await applyCommitted(adapters.migration, migrationsDir) };
  } catch (error) {
    answer = {
      error: error instanceof Error ? error.message : String(error),
      code: typeof (error as { code?: unknown })?.code === 'string' ? (error as { code: string }).code : undefined,
    };
  }
  // The connection is closed before answering, and a close that fails changes nothing about what was
  // applied: the answer is the migrations' own, and the last thing the thread does.
  await adapters.close().catch(() => undefined);
  parentPort?.postMessage(answer);
}

void run(workerData);
