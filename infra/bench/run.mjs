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

/** A directory page or feed by GET, as a directory site or a browser asks for it (answered from the shared public answers). */
async function get(pathAndQuery) {
  const response = await fetch(new URL(pathAndQuery, gw.url));
  if (response.status !== 200) throw new Error(`${pathAndQuery}: ${response.status}`);
  await response.arrayBuffer();
}

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

/**
 * A roll call to measure: an activity of a demo organisation with 25 participants enrolled and a session
 * that started an hour ago (today's, so the day view shows it), through the clients' own operations.
 */
async function rollCallOf25() {
  const day = (offset) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const [{ id: organisationId }] = (await send(contract('web/Organisations.graphql'), { prisonId: 'HAREN' }, token)).data.organisations;
  const rooms = (await send(`query { prison(id: "HAREN") { locations { id } } }`, {}, token)).data.prison.locations;
  const startsAt = new Date(Math.floor(Date.now() / 60_000) * 60_000 - 3_600_000);
  let activityId;
  for (const room of rooms) {
    const input = {
      prisonId: 'HAREN',
      organisationId,
      category: 'EDUCATIONAL',
      domain: 'EDUCATION',
      title: { nl: 'Bench: appel' },
      audience: { genders: ['MALE', 'FEMALE'], legalStatuses: ['SUSPECT', 'CONVICTED', 'INTERNED'] },
      instructionLanguages: ['nl'],
      capacity: 25,
      startsOn: day(-1),
      endsOn: day(30),
      sessions: [{ startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 1_800_000).toISOString(), locationId: room.id }],
    };
    const created = await send(contract('web/CreateActivity.graphql'), { input }, token).catch(() => null);
    if (!created) continue; // that room is taken then: the next one
    activityId = created.data.createActivity.activity.id;
    await send(contract('web/PublishActivity.graphql'), { id: activityId }, token);
    break;
  }
  const participantIds = [];
  for (let n = 0; n < 25; n++) {
    const input = {
      prisonId: 'HAREN',
      detaineeNumber: `BENCH-${n}`,
      firstName: 'Bench',
      lastName: `Deelnemer ${n}`,
      gender: 'MALE',
      legalStatus: 'CONVICTED',
    };
    const participantId = (await send(contract('web/RegisterParticipant.graphql'), { input }, token)).data.registerParticipant.participant
      .id;
    await send(contract('web/RequestEnrolment.graphql'), { input: { activityId, participantId, idempotencyKey: `bench-${n}` } }, token);
    participantIds.push(participantId);
  }
  const { sessions } = (await send(`query($id: ID!) { activity(id: $id) { sessions { id } } }`, { id: activityId }, token)).data.activity;
  const staff = await auth.mintUserToken(
    { sub: 'bench-staff', roles: ['PARTNER_STAFF'], prisons: ['HAREN'], organisationId },
    userKeys.privateKey,
    {
      issuer: 'bench',
      audience: 'cort-graph',
      expiresIn: '1h',
    },
  );
  await settle(databases); // the session reaches the participants service from the feed
  return { sessionId: sessions[0].id, participantIds, staff };
}
const roll = await rollCallOf25();
let rollCalls = 0;
// Each call a new roll call that changes every mark (PRESENT, then REFUSED, …): 25 writes, their history and events.
const recordAttendance = () =>
  send(
    contract('mobile/RecordAttendance.graphql'),
    {
      input: {
        sessionId: roll.sessionId,
        idempotencyKey: `bench-roll-${++rollCalls}`,
        marks: roll.participantIds.map((participantId) => ({ participantId, code: rollCalls % 2 ? 'PRESENT' : 'REFUSED' })),
      },
    },
    roll.staff,
  );

const bench = new Bench({ time: 2000, warmupTime: 300 });
bench
  .add('Prisons (baseline)', () => send(contract('directory/Prisons.graphql'), { language: 'NL' }))
  .add('PublicOffer, one prison, 20', () => send(contract('directory/PublicOffer.graphql'), { language: 'FR', prisonId: 'HAREN' }))
  .add('PublicOffer, all prisons, 40', () => send(contract('directory/PublicOffer.graphql'), { language: 'EN', first: 40 }))
  .add('Organisations', () => send(contract('web/Organisations.graphql'), { prisonId: 'HAREN' }, token))
  .add('RecordAttendance, 25 marks', recordAttendance)
  .add('SessionRollCall', () => send(contract('mobile/SessionRollCall.graphql'), { language: 'NL' }, roll.staff))
  .add('HSDS /services, the whole offer, 100 a page', () => get('/directory/hsds/services?per_page=100'))
  .add('Directory site, list of the whole offer', () => get('/directory/'));
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
