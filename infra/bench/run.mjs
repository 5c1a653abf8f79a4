// npm run bench: the cost of the clients' operations through the whole graph (gateway and subgraphs in
// this process, embedded PGlite, demo data), reported as ratios within one run so that the numbers
// compare across machines. Baseline: the directory's prison picker.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Bench } from 'tinybench';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const load = (file) => require(path.join(root, file));

const auth = load('packages/auth/dist');
const { createTestDatabase } = load('packages/testing/dist');
const activities = load('services/activities/dist/server.js');
const activitiesConfig = load('services/activities/dist/config.js');
const organisations = load('services/organisations/dist/server.js');
const organisationsConfig = load('services/organisations/dist/config.js');
const gateway = load('gateway/dist/server.js');
const gatewayConfig = load('gateway/dist/config.js');

process.env.NODE_ENV = 'test'; // quiet logs
const internalKeys = auth.generateInternalKeyPair();
const userKeys = auth.generateEd25519KeyPair();
const orgDb = await createTestDatabase('organisations', path.join(root, 'services/organisations/prisma/migrations'));
const actDb = await createTestDatabase('activities', path.join(root, 'services/activities/prisma/migrations'));
const org = await organisations.createServer(
  { ...organisationsConfig.loadConfig({}), port: 0, seedDemoData: true },
  { database: orgDb, internalKeys },
);
const act = await activities.createServer(
  { ...activitiesConfig.loadConfig({}), port: 0, seedDemoData: true, organisationsUrl: org.url },
  { database: actDb, internalKeys },
);
const gw = await gateway.createGateway(
  {
    ...gatewayConfig.loadConfig({}),
    port: 0,
    startupWaitMs: 0,
    // The bench measures the graph, not the rate limiter: thousands of requests a minute from one address.
    rateLimits: { ...gatewayConfig.loadConfig({}).rateLimits, anonymousPerMinute: 1e9, userPerMinute: 1e9 },
    subgraphs: [
      { name: 'activities', url: act.url },
      { name: 'organisations', url: org.url },
    ],
  },
  {
    internalKeys,
    verifyUserToken: auth.createUserTokenVerifier({ issuer: 'bench', audience: 'cort-graph', publicKey: userKeys.publicKey }),
  },
);
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
await act.stop();
await org.stop();
await actDb.drop();
await orgDb.drop();
