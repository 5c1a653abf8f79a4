// npm run bench: the cost of the clients' operations through the whole graph (the gateway and every
// subgraph of infra/subgraphs.json that names a package, started from that package's entry, in this
// process, embedded PGlite, demo data), reported as ratios within one run so that the numbers compare
// across machines. Baseline: the directory's prison picker.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Bench } from 'tinybench';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const load = (file) => require(path.join(root, file));

const auth = load('packages/auth/dist');
const { createTestDatabase } = load('packages/testing/dist');
const { readSubgraphsConfig, urlVariable } = load('gateway/dist/composition.js');
const gateway = load('gateway/dist/server.js');
const gatewayConfig = load('gateway/dist/config.js');
const { localServices } = load('infra/services.js');

/** Ports free now, one per service, so that every service knows the others' URLs before any starts. */
async function freePorts(count) {
  const servers = Array.from({ length: count }, () => net.createServer());
  await Promise.all(servers.map((server) => new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))));
  const ports = servers.map((server) => server.address().port);
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}

/** Until the services are idle: the feeds caught up and the demo enrolments made (statements per second back to polling). */
async function settle(databases, { quietPerSecond = 100, quietSeconds = 2, maxSeconds = 120 } = {}) {
  const total = () => databases.reduce((sum, database) => sum + database.statements.count, 0);
  let last = total();
  for (let second = 0, quiet = 0; second < maxSeconds && quiet < quietSeconds; second++) {
    await sleep(1000);
    const now = total();
    quiet = now - last < quietPerSecond ? quiet + 1 : 0;
    last = now;
  }
}

process.env.NODE_ENV = 'test'; // quiet logs
const internalKeys = auth.generateInternalKeyPair();
const userKeys = auth.generateEd25519KeyPair();
// Every service of infra/subgraphs.json that names a package, from its package's entry, with the demo data.
const services = localServices(root);
const ports = await freePorts(services.length);
const urls = new Map(services.map(({ name }, index) => [name, `http://127.0.0.1:${ports[index]}/graphql`]));
const env = Object.fromEntries([...urls].map(([name, url]) => [urlVariable(name), url]));
const databases = [];
const running = [];
for (const [index, { name, package: packageName }] of services.entries()) {
  const service = require(packageName);
  const config = { ...service.loadConfig(env), port: ports[index], seedDemoData: true };
  const database = await createTestDatabase(name, config.migrationsDir);
  databases.push(database);
  running.push(await service.createServer(config, { database, internalKeys }));
}
const gw = await gateway.createGateway(
  {
    ...gatewayConfig.loadConfig({}),
    port: 0,
    startupWaitMs: 0,
    // The bench measures the graph, not the rate limiter: thousands of requests a minute from one address.
    rateLimits: { ...gatewayConfig.loadConfig({}).rateLimits, anonymousPerMinute: 1e9, userPerMinute: 1e9 },
    subgraphs: readSubgraphsConfig().map(({ name, url }) => ({ name, url: urls.get(name) ?? url })),
  },
  {
    internalKeys,
    verifyUserToken: auth.createUserTokenVerifier({ issuer: 'bench', audience: 'cort-graph', publicKey: userKeys.publicKey }),
  },
);
await settle(databases);
const token = await auth.mintUserToken({ sub: 'bench', roles: ['COORDINATOR'], prisons: ['HAREN'] }, userKeys.privateKey, {
  issuer: 'bench',
  audience: 'cort-graph',
  expiresIn: '1h',
});
const contract = (file) => fs.readFileSync(path.join(root, 'contract', file), 'utf8');

async function send(query, variables, bearer) {
  const response = await fetch(gw.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body;
}

const bench = new Bench({ time: 2000, warmupTime: 300 });
bench
  .add('Prisons (baseline)', () => send(contract('directory/Prisons.graphql'), { language: 'NL' }))
  .add('PublicOffer, one prison, 20', () => send(contract('directory/PublicOffer.graphql'), { language: 'FR', prisonId: 'HAREN' }))
  .add('PublicOffer, all prisons, 40', () => send(contract('directory/PublicOffer.graphql'), { language: 'EN', first: 40 }))
  .add('Organisations', () => send(contract('web/Organisations.graphql'), { prisonId: 'HAREN' }, token));
await bench.run();

const baseline = bench.tasks[0].result.latency.mean;
console.table(
  bench.tasks.map((task) => ({
    operation: task.name,
    'mean ms': task.result.latency.mean.toFixed(2),
    'p99 ms': task.result.latency.p99.toFixed(2),
    'ratio to baseline': (task.result.latency.mean / baseline).toFixed(2),
  })),
);

await gw.stop();
for (const service of running.reverse()) await service.stop();
for (const database of databases.reverse()) await database.drop();
