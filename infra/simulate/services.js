// The services as `npm start` runs them, but in this process: each package's loadConfig from the
// environment (so the same databases: the PGlite data directory, or <SERVICE>_DATABASE_URL) and
// createServer, on free ports, without the demo data, following each other's feeds every 200 ms.
const net = require('node:net');
const path = require('node:path');
const { loadOrCreateDevKeys, loadInternalKeys } = require('@cort/auth');

const root = path.join(__dirname, '..', '..');
const { readSubgraphsConfig, urlVariable } = require(path.join(root, 'gateway', 'dist', 'composition.js'));

async function freePort() {
  const server = net.createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Starts every local service of infra/subgraphs.json; `pglite` ignores the *_DATABASE_URL variables. */
async function startServices({ pglite = false } = {}) {
  const local = readSubgraphsConfig(path.join(root, 'infra', 'subgraphs.json')).filter((entry) => entry.package);
  const env = { ...process.env, FEED_POLL_INTERVAL_MS: process.env.FEED_POLL_INTERVAL_MS || '200', SEED_DEMO_DATA: 'false' };
  if (pglite) for (const name of Object.keys(env)) if (/(^|_)DATABASE_URL$/.test(name)) delete env[name];
  const ports = [];
  for (const { name } of local) {
    ports.push(await freePort());
    env[urlVariable(name)] = `http://127.0.0.1:${ports.at(-1)}/graphql`;
  }
  if (env.NODE_ENV !== 'production') await loadOrCreateDevKeys();
  await loadInternalKeys(env);
  const running = {};
  for (const [index, { name, package: packageName }] of local.entries()) {
    const service = require(packageName);
    running[name] = await service.createServer({ ...service.loadConfig(env), port: ports[index], seedDemoData: false });
  }
  return {
    services: running,
    async stop() {
      // A service stops before the services whose feeds it follows.
      for (const { name } of [...local].reverse()) await running[name].stop();
    },
  };
}

module.exports = { startServices };
