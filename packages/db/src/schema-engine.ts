import fs from 'node:fs';
import path from 'node:path';
import { bindMigrationAwareSqlAdapterFactory, type SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';

let loaded: Promise<void> | undefined;
let glue: any;

/**
 * Prisma's own schema engine, compiled to WebAssembly: the same diffing and migration bookkeeping as
 * `prisma migrate`, with no native engine to download. Instantiated once per process (per module registry
 * under jest); V8 reuses the compiled code when the same bytes are instantiated again.
 */
function loadEngine(): Promise<void> {
  loaded ??= (async () => {
    // The package's entry imports the .wasm file, which Node 20 refuses without a flag; its JS glue is an
    // ES module, so it is imported (under jest this needs --experimental-vm-modules, as PGlite does).
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
  })().catch((error: unknown) => {
    loaded = undefined;
    throw error;
  });
  return loaded;
}

/** The part of the engine's API used here (its own schema_engine.d.ts describes the rest). */
export interface SchemaEngine {
  applyMigrations(input: { migrationsList: unknown; filters: unknown }): Promise<{ appliedMigrationNames: string[] }>;
  diff(params: unknown): Promise<{ exitCode: number; stdout: string | null }>;
}

export const NO_FILTERS = { externalTables: [], externalEnums: [] };

/** Enough of a schema for the engine to know the provider, when a migrations folder has no schema beside it. */
const PROVIDER_ONLY = 'datasource db {\n  provider = "postgresql"\n}\n';

/** Runs `work` with an engine bound to the database behind `adapter` and the given schema file. */
export async function withSchemaEngine<T>(
  adapter: SqlMigrationAwareDriverAdapterFactory,
  schemaPath: string,
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  await loadEngine();
  const datamodel = fs.existsSync(schemaPath) ? fs.readFileSync(schemaPath, 'utf8') : PROVIDER_ONLY;
  const bound = bindMigrationAwareSqlAdapterFactory(adapter);
  const engine = await glue.SchemaEngine.new({ datamodels: [[schemaPath, datamodel]] }, () => undefined, bound);
  try {
    return await work(engine);
  } catch (error) {
    throw withDatabaseError(error, bound.errorRegistry);
  } finally {
    engine.free?.();
  }
}

/**
 * A failing statement reaches the engine as "External error id#N", the error itself being kept by the
 * adapter binding; this puts the database's own message (e.g. `relation "x" does not exist`) first.
 */
function withDatabaseError(error: unknown, registry: { consumeError(id: number): { error: unknown } | undefined }): unknown {
  const id = error instanceof Error ? /External error id#(\d+)/.exec(error.message)?.[1] : undefined;
  const cause = id === undefined ? undefined : registry.consumeError(Number(id))?.error;
  if (!cause) return error;
  const message = cause instanceof Error ? cause.message : JSON.stringify(cause);
  return Object.assign(new Error(`${message}\n${(error as Error).message}`, { cause }), { code: (error as any).code });
}
