import fs from 'node:fs';
import path from 'node:path';
import { bindMigrationAwareSqlAdapterFactory, type SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';

let loaded: Promise<void> | undefined;
let glue: any;

/**
 * Prisma's own schema engine, compiled to WebAssembly: the same diffing and migration bookkeeping as
 * `prisma migrate`, with no native engine to download. Instantiated once per process.
 */
function loadEngine(): Promise<void> {
  loaded ??= (async () => {
    // The engine's JS glue is an ES module: imported, not required (jest runs with --experimental-vm-modules).
    glue = await import('@prisma/schema-engine-wasm/schema_engine_bg');
    const file = path.join(path.dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg')), 'schema_engine_bg.wasm');
    // The engine arms timers (e.g. its migration lock timeout) that it never clears; unref'd, they do not
    // keep a finished process (a CLI, a test run) alive for ten more seconds.
    const imports: Record<string, unknown> = { ...glue };
    for (const name of Object.keys(glue).filter((key) => key.includes('setTimeout'))) {
      imports[name] = (...args: unknown[]) => {
        const timer = glue[name](...args);
        timer?.unref?.();
        return timer;
      };
    }
    const { instance } = await (globalThis as any).WebAssembly.instantiate(fs.readFileSync(file), { './schema_engine_bg.js': imports });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports as any).__wbindgen_start();
  })();
  return loaded;
}

export interface SchemaEngine {
  diff(params: unknown): Promise<{ exitCode: number; stdout: string }>;
  applyMigrations(params: unknown): Promise<{ appliedMigrationNames: string[] }>;
  listMigrationDirectories?(params: unknown): Promise<unknown>;
}

export const NO_FILTERS = { externalTables: [], externalEnums: [] };

/** Runs `work` with an engine bound to the database behind `adapter` and the given schema file. */
export async function withSchemaEngine<T>(
  adapter: SqlMigrationAwareDriverAdapterFactory,
  schemaPath: string,
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  await loadEngine();
  const datamodel = fs.readFileSync(schemaPath, 'utf8');
  const engine = await glue.SchemaEngine.new(
    { datamodels: [[schemaPath, datamodel]] },
    () => undefined,
    bindMigrationAwareSqlAdapterFactory(adapter),
  );
  try {
    return await work(engine);
  } finally {
    engine.free?.();
  }
}
