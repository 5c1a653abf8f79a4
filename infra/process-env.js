// What every long-running process of the graph gets in its environment beyond its own settings, wherever it
// runs: `npm start` and the bench (infra/dev/start.js) and the Kubernetes manifests. Plain JavaScript:
// read before anything is built.

/**
 * glibc gives threads that allocate at the same time arenas of their own, up to eight per core, and keeps
 * what each grew to: 25–86 MiB a process idle here. Node's own allocations are V8's heap (its own
 * mappings); malloc serves the threads of libuv, the compiler and the collector, which need no arena each.
 * Two arenas took the graph's idle PSS on PostgreSQL from 562 to 528 MiB (anonymous pages 555 to 515).
 */
const PROCESS_ENV = { MALLOC_ARENA_MAX: '2' };

/**
 * Node's flags for a service process: on embedded PGlite, WebAssembly compiled by V8's baseline compiler only
 * (`--liftoff-only`). PGlite is PostgreSQL built to WebAssembly, and V8 otherwise recompiles its hot
 * functions with its optimising compiler, whose code stays in the process: a subgraph held about 70 MiB
 * more for it. Measured with `npm start` on one machine, quiet, five processes' PSS a minute after ready:
 * existing data folder 975 → 703 MiB (ready 8.8 → 4.9 s), new folder 1 376 → 1 050-1 054 MiB (ready 14.2 →
 * 9.1-10.8 s, two runs); the anonymous public offer, cache off, 10 connections, two alternated rounds: the same requests
 * served and CPU used within noise (the demo's queries are small). On PostgreSQL there is nothing to compile.
 */
function nodeFlagsFor({ embedded }) {
  return embedded ? ['--liftoff-only'] : [];
}

/** PROCESS_ENV less what the caller's environment already sets: a value given by hand (e.g. to measure) wins. */
function processEnvOver(env) {
  return Object.fromEntries(Object.entries(PROCESS_ENV).filter(([key]) => env[key] === undefined));
}

module.exports = { PROCESS_ENV, processEnvOver, nodeFlagsFor };
