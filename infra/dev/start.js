// `npm start` (after the build): every subgraph of infra/subgraphs.json that names a package of this
// repository, each from its package's dist/main.js, then the gateway; one process each, log lines
// prefixed with the name. Ctrl-C stops them all. An entry without a package (a partner's subgraph run
// elsewhere) is only routed to, at its URL.
const fs = require('node:fs');
const path = require('node:path');
const { URL } = require('node:url');
const { concurrently } = require('concurrently');
const { nodeFlagsFor, processEnvOver } = require('../process-env');
const { localServices } = require('../services');

const root = path.join(__dirname, '..', '..');
const { readSubgraphsConfig, urlVariable, runCompose } = require(path.join(root, 'gateway', 'dist', 'composition.js'));
const { databaseUrlFor } = require(path.join(root, 'packages', 'db', 'dist', 'paths.js'));
const { loadOrCreateDevKeys, loadInternalKeys } = require(path.join(root, 'packages', 'auth', 'dist', 'index.js'));

async function main() {
  const configFile = process.env.SUBGRAPHS_CONFIG || path.join(root, 'infra', 'subgraphs.json');
  const subgraphs = readSubgraphsConfig(configFile);
  // Make the development keys once, before several processes want them; fail here on bad internal keys.
  if (process.env.NODE_ENV !== 'production') await loadOrCreateDevKeys();
  await loadInternalKeys(process.env);

  // The gateway runs from the committed supergraph; say so when it no longer matches the schemas.
  const composition = runCompose({ check: true, configFile });
  if (!composition.ok) console.warn(`warning: ${composition.messages.join(' ')} (npm run compose rewrites it)`);

  // Every process learns every subgraph's URL (a service may call another, e.g. activities → organisations)
  // and its own port from it, so infra/subgraphs.json and <NAME>_URL stay the single source.
  const defaults = processEnvOver(process.env);
  const urls = Object.fromEntries(subgraphs.map(({ name, url }) => [urlVariable(name), process.env[urlVariable(name)] || url]));
  const packages = new Map(localServices(root, configFile).map((service) => [service.name, service.dir]));
  const commands = [];
  for (const { name } of subgraphs) {
    if (!packages.has(name)) {
      console.log(`${name}: not a package of this repository; expecting it at ${urls[urlVariable(name)]}`);
      continue;
    }
    const entry = path.join(packages.get(name), 'dist', 'main.js');
    if (!fs.existsSync(path.join(root, entry))) throw new Error(`${entry} does not exist: its package builds it from src/main.ts.`);
    const { port } = new URL(urls[urlVariable(name)]);
    const env = { ...defaults, ...urls, ...(port ? { [urlVariable(name).replace(/_URL$/, '_PORT')]: port } : {}) };
    const flags = nodeFlagsFor({ embedded: !databaseUrlFor(name, process.env) });
    commands.push({ name, command: ['node', ...flags, entry].join(' '), env });
  }
  commands.push({
    name: 'gateway',
    command: `node ${path.join('gateway', 'dist', 'index.js')}`,
    env: { ...defaults, GATEWAY_STARTUP_WAIT_SECONDS: process.env.GATEWAY_STARTUP_WAIT_SECONDS || '180', ...urls },
  });

  const { result } = concurrently(commands, {
    cwd: root,
    prefix: 'name',
    padPrefix: true,
    killOthersOn: ['failure'],
    prefixColors: ['cyan', 'magenta', 'yellow', 'blue', 'green'],
  });
  await result;
}

main().catch((error) => {
  // concurrently rejects with the close events when a process fails or Ctrl-C stops them.
  if (Array.isArray(error))
    process.exit(error.some((event) => event.exitCode !== 0 && event.exitCode !== 'SIGINT' && event.exitCode !== 'SIGTERM') ? 1 : 0);
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
