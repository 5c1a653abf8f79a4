// The databases of the graph under measurement: fresh ones made for the run and removed after it
// (PostgreSQL when 127.0.0.1:5432 answers, else embedded PGlite in a scratch folder), or (`simulated`) the
// ones `npm run simulate` filled, as `npm start` finds them, left as they are.
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');

const reachable = (port, host = '127.0.0.1') =>
  new Promise((resolve) => {
    const socket = net.connect({ port, host, timeout: 1000 });
    const done = (ok) => (socket.destroy(), resolve(ok));
    socket
      .once('connect', () => done(true))
      .once('error', () => done(false))
      .once('timeout', () => done(false));
  });

/** One fresh PostgreSQL database per service (dropped by `drop`), or none: PGlite. */
async function postgresDatabases(services, root) {
  if (!(await reachable(5432))) return undefined;
  const { databaseUrlVariable } = require(path.join(root, 'packages', 'db', 'dist', 'paths.js'));
  const { Client } = require(require.resolve('pg', { paths: [path.join(root, 'packages', 'db')] }));
  const admin = 'postgresql://postgres@127.0.0.1:5432/postgres';
  const names = new Map(services.map(({ name }) => [name, `cort_bench_${process.pid}_${name.replace(/-/g, '_')}`]));
  const run = async (sql) => {
    const client = new Client({ connectionString: admin });
    await client.connect();
    try {
      for (const statement of sql) await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await run([...names.values()].flatMap((db) => [`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`, `CREATE DATABASE ${db}`]));
  return {
    env: Object.fromEntries(
      [...names].map(([service, db]) => [databaseUrlVariable(service), `postgresql://postgres@127.0.0.1:5432/${db}`]),
    ),
    drop: () => run([...names.values()].map((db) => `DROP DATABASE IF EXISTS ${db} WITH (FORCE)`)),
  };
}

/**
 * The databases `npm run simulate` filled, as `npm start` finds them: <SERVICE>_DATABASE_URL (or
 * DATABASE_URL) for every service, or none (then, and with `pglite`, PGlite in the data directory,
 * $CORT_DATA_DIR or <repo>/.data). The services start without the demo data.
 */
function simulatedDatabases(services, pglite, env, root) {
  const { databaseUrlFor, dataRoot } = require(path.join(root, 'packages', 'db', 'dist', 'index.js'));
  const graphEnv = { ...env, SEED_DEMO_DATA: 'false' };
  if (pglite) for (const name of Object.keys(graphEnv)) if (/(^|_)DATABASE_URL$/.test(name)) delete graphEnv[name];
  const withUrl = services.filter(({ name }) => databaseUrlFor(name, graphEnv));
  if (withUrl.length && withUrl.length < services.length)
    throw new Error(
      `--simulated: ${withUrl.map(({ name }) => name).join(', ')} have a database URL and the others not: give every service its ` +
        '<SERVICE>_DATABASE_URL, as for npm run simulate, or none (PGlite)',
    );
  return { env: graphEnv, dataDir: dataRoot(graphEnv, root), database: withUrl.length ? 'PostgreSQL' : 'PGlite' };
}

/**
 * The graph's databases: `env` for its processes (the database URLs, if any), `dataDir` (CORT_DATA_DIR),
 * `database` (its kind, for the report) and `remove()`, after the graph stopped. Simulated, nothing is
 * created and remove() drops and deletes nothing: the simulation's databases stay as they are.
 */
async function benchDatabases(services, { pglite = false, simulated = false, env = process.env, root }) {
  if (simulated) return { ...simulatedDatabases(services, pglite, env, root), remove: async () => undefined };
  fs.mkdirSync(path.join(root, '.scratch'), { recursive: true });
  const dataDir = fs.mkdtempSync(path.join(root, '.scratch', 'bench-data-'));
  const postgres = pglite ? undefined : await postgresDatabases(services, root);
  return {
    env: { ...env, ...(postgres?.env ?? {}) },
    dataDir,
    database: postgres ? 'PostgreSQL' : 'PGlite',
    async remove(log) {
      await postgres?.drop().catch((error) => log.write(`dropping the bench databases: ${error.message}\n`));
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

module.exports = { benchDatabases };
