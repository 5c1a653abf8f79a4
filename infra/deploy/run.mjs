// npm run deploy:local [-- --fresh] [--base-port 4400] [--chaos [--minutes 3] [--rate 5]]
// The graph as a deployment runs it, on 127.0.0.1: the machine's PostgreSQL (one database per service,
// cort_deploy_<service>, kept between runs, made again with --fresh), the machine's Redis (the gateways'
// rate limits and directory cache, under a prefix of their own), HAProxy (Debian's package, installed here
// when missing) in front of two replicas of every subgraph and two gateways, each replica taken out of
// rotation while its /ready says no. The services call each other, and the gateways the subgraphs,
// through HAProxy. Migrations run once, before any replica starts; the first replica of each service
// starts (and seeds an empty database) before the second. Runs until Ctrl-C, which stops everything it
// started. With --chaos it runs the kill test instead (infra/deploy/chaos.mjs) and exits with its verdict.
// Every process runs as production runs it (NODE_ENV=production): its own issuer's key, the folder of every
// issuer's public key set, user tokens verified against an identity provider's key set fetched over HTTPS
// (infra/deploy/keys.js; the keys are kept in .data/deploy/keys across runs, --fresh included).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { coordinatorToken, sender } from '../bench/fixtures.mjs';
import { load, root, startProcess, waitFor } from '../bench/graph.mjs';

const require = createRequire(import.meta.url);
const { layout, frontendUrls, haproxyConfig, databaseName } = require('./layout.js');
const keys = require('./keys.js');
const { localServices } = load('infra/services.js');

const HAPROXY = '/usr/sbin/haproxy';
const POSTGRES = 'postgresql://postgres@127.0.0.1:5432';
const REDIS_URL = 'redis://127.0.0.1:6379';
const REDIS_PREFIX = 'cort-deploy';
const scratch = path.join(root, '.scratch', 'deploy');
const keyDir = path.join(root, '.data', 'deploy', 'keys');
const say = (line) => process.stderr.write(`deploy: ${line}\n`);

const option = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  const value = at === -1 ? fallback : Number(process.argv[at + 1]);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} takes a positive number`);
  return value;
};

const reachable = (port) =>
  new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1', timeout: 1000 });
    const done = (ok) => (socket.destroy(), resolve(ok));
    socket
      .once('connect', () => done(true))
      .once('error', () => done(false))
      .once('timeout', () => done(false));
  });

/** Debian's haproxy, installed as .ci/run installs chromium: by apt-get, when it is not there. */
function ensureHaproxy() {
  if (fs.existsSync(HAPROXY)) return;
  say('installing haproxy (apt-get install -y haproxy)');
  const install = () =>
    spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'haproxy'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  if (install().status !== 0) {
    spawnSync('apt-get', ['update'], { stdio: 'inherit' });
    if (install().status !== 0 || !fs.existsSync(HAPROXY))
      throw new Error("apt-get could not install haproxy (run it as root, or install Debian's haproxy package)");
  }
}

async function sql(statements, database = 'postgres') {
  const { Client } = createRequire(path.join(root, 'packages', 'db', 'package.json'))('pg');
  const client = new Client({ connectionString: `${POSTGRES}/${database}` });
  await client.connect();
  try {
    const results = [];
    for (const statement of statements) results.push(await client.query(statement));
    return results;
  } finally {
    await client.end();
  }
}

/** The deployment's databases: made when missing, or all made again with `fresh`. */
async function prepareDatabases(names, fresh) {
  const [{ rows }] = await sql([`SELECT datname FROM pg_database WHERE datname LIKE 'cort_deploy_%'`]);
  const existing = new Set(rows.map(({ datname }) => datname));
  for (const name of names) {
    if (fresh && existing.has(name)) await sql([`DROP DATABASE ${name} WITH (FORCE)`]);
    if (fresh || !existing.has(name)) await sql([`CREATE DATABASE ${name}`]);
  }
}

/** With --fresh, the gateways' keys in Redis go too (rate-limit windows, cached directory answers). */
async function clearRedis() {
  const { Redis } = createRequire(path.join(root, 'gateway', 'package.json'))('ioredis');
  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  try {
    let cursor = '0';
    do {
      const [next, found] = await redis.scan(cursor, 'MATCH', `${REDIS_PREFIX}*`, 'COUNT', 500);
      if (found.length) await redis.del(...found);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

/**
 * What every process of the deployment starts from: this environment without what would make it a
 * development run or hand it keys or a data folder of its own (each process is given its own below).
 */
function productionEnv() {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(NODE_ENV|CORT_DATA_DIR|INTERNAL_JWT|INTERNAL_JWKS|AUTH_|SEED_DEMO_DATA)/.test(name)),
  );
  return { ...env, NODE_ENV: 'production' };
}

export async function deploy({ fresh, basePort, chaos, echo }) {
  fs.mkdirSync(scratch, { recursive: true });
  const log = fs.createWriteStream(path.join(scratch, 'processes.log'), { flags: 'a' });
  const services = localServices(root);
  const plan = layout(
    services.map(({ name }) => name),
    basePort,
  );
  const running = [];
  // However this process ends, nothing it started outlives it.
  process.once('exit', () => running.forEach((replica) => replica.kill()));
  const stopAll = async () => {
    // The gateways first (no new requests), then the subgraphs, HAProxy last.
    for (const group of [
      running.filter(({ name }) => name.startsWith('gateway-')),
      running.filter(({ name }) => !/^(gateway-|haproxy)/.test(name)),
      running.filter(({ name }) => name === 'haproxy'),
    ])
      await Promise.all(group.map((replica) => replica.stop()));
    log.end();
  };
  try {
    ensureHaproxy();
    if (!(await reachable(5432))) throw new Error('PostgreSQL does not answer on 127.0.0.1:5432');
    if (!(await reachable(6379))) throw new Error('Redis does not answer on 127.0.0.1:6379');
    const taken = [];
    for (const port of [
      plan.gateway.frontend,
      plan.statsPort,
      plan.identityProviderPort,
      ...plan.services.map(({ frontend }) => frontend),
      ...[plan.gateway, ...plan.services].flatMap(({ replicas }) => replicas.map((r) => r.port)),
    ])
      if (await reachable(port)) taken.push(port);
    if (taken.length) throw new Error(`ports ${taken.join(', ')} are taken (another deploy:local? --base-port moves them)`);

    const databases = Object.fromEntries(services.map(({ name }) => [name, `${POSTGRES}/${databaseName(name)}`]));
    await prepareDatabases(
      Object.values(databases).map((url) => url.slice(url.lastIndexOf('/') + 1)),
      fresh,
    );
    if (fresh) await clearRedis();
    const { databaseUrlVariable, migrateServices } = load('packages/db/dist/index.js');
    const databaseEnv = Object.fromEntries(services.map(({ name }) => [databaseUrlVariable(name), databases[name]]));
    // The demo data is the one thing production would not have: the kill run's mix reads its prisons,
    // organisations and held sessions. Seeded once, into an empty database, by a service's first replica.
    const base = { ...productionEnv(), SEED_DEMO_DATA: 'true', ...frontendUrls(plan) };
    // Once, before any replica: the migrations (as a deployment's migration job does) and the keys.
    const applied = await migrateServices({ root, env: { ...base, ...databaseEnv } });
    say(
      `migrations applied now: ${Object.entries(applied)
        .map(([name, list]) => `${name} ${list.length}`)
        .join(', ')}`,
    );
    const folder = keys.keyFolder(keyDir);
    const internalKeys = await keys.ensureInternalKeys(folder, keys.issuersOf(services.map(({ name }) => name)));
    const userSigner = await keys.ensureIdentityProvider(folder);
    const identityProvider = keys.identityProviderEnv(folder, plan.identityProviderPort);
    const userIssuer = { ...userSigner, issuer: identityProvider.AUTH_ISSUER, audience: identityProvider.AUTH_AUDIENCE };
    say(`keys in ${path.relative(root, keyDir)}: ${Object.keys(internalKeys).join(', ')} and the identity provider's`);

    const config = path.join(scratch, 'haproxy.cfg');
    fs.writeFileSync(config, haproxyConfig(plan, folder.identityProvider));
    const check = spawnSync(HAPROXY, ['-c', '-q', '-f', config], { encoding: 'utf8' });
    if (check.status !== 0) throw new Error(`haproxy refuses ${config}: ${check.stderr || check.stdout}`);
    running.push(startProcess('haproxy', ['-db', '-f', config], process.env, log, { command: HAPROXY, echo }));

    const prefix = (name) => name.toUpperCase().replace(/-/g, '_');
    const subgraphReplicas = plan.services.map(({ name, replicas }) =>
      replicas.map(({ name: replicaName, port }) => ({
        port,
        start: () =>
          startProcess(
            replicaName,
            [path.join(services.find((s) => s.name === name).dir, 'dist', 'main.js')],
            {
              ...base,
              ...keys.internalKeyEnv(folder, internalKeys[name]),
              [`${prefix(name)}_PORT`]: String(port),
              [databaseUrlVariable(name)]: databases[name],
            },
            log,
            { echo },
          ),
        service: name,
      })),
    );
    const gateways = plan.gateway.replicas.map(({ name, port }) => ({
      port,
      service: 'gateway',
      start: () =>
        startProcess(
          name,
          [path.join('gateway', 'dist', 'index.js')],
          {
            ...base,
            ...keys.internalKeyEnv(folder, internalKeys.gateway),
            ...identityProvider,
            GATEWAY_PORT: String(port),
            GATEWAY_STARTUP_WAIT_SECONDS: '180',
            GATEWAY_TRUST_PROXY: 'loopback',
            REDIS_URL,
            GATEWAY_CACHE_PREFIX: REDIS_PREFIX,
            GATEWAY_RATE_LIMIT_PREFIX: `${REDIS_PREFIX}:rate`,
            // The kill run is one client sending a thousand requests a minute, as the bench is.
            ...(chaos ? { GATEWAY_RATE_LIMIT_ANONYMOUS: '1000000000', GATEWAY_RATE_LIMIT_USER: '1000000000' } : {}),
          },
          log,
          { echo },
        ),
    }));
    // A replica's `process` once started: the kill run kills and restarts it through that object.
    const startAll = async (replicas) => {
      for (const replica of replicas) {
        replica.process = replica.start();
        running.push(replica.process);
      }
      await Promise.all(replicas.map((replica) => waitFor(`http://127.0.0.1:${replica.port}/ready`, replica.process)));
    };
    // The first replica of every service, then the second: an empty database is seeded once, by the first.
    say(`starting the first replica of ${plan.services.map(({ name }) => name).join(', ')}`);
    await startAll(subgraphReplicas.map((pair) => pair[0]));
    say('starting the second replicas');
    await startAll(subgraphReplicas.map((pair) => pair[1]));
    say('starting two gateways');
    await startAll(gateways);
    const gatewayUrl = `http://127.0.0.1:${plan.gateway.frontend}`;
    for (const { frontend } of [plan.gateway, ...plan.services]) await waitFor(`http://127.0.0.1:${frontend}/ready`, undefined, {}, 60);
    // One query of a signed-in coordinator, through HAProxy and both kinds of keys: the user token verified
    // against the identity provider's key set, the gateway's and a service's internal tokens by the subgraphs.
    const send = sender(`${gatewayUrl}/graphql`, await coordinatorToken(userIssuer, 'deploy-check', 0));
    const { prison } = await send(`query { prison(id: "HAREN") { locations { id } } }`);
    say(`answered through ${gatewayUrl}/graphql: HAREN has ${prison.locations.length} rooms`);
    return { plan, gatewayUrl, userIssuer, databases, subgraphReplicas, gateways, log, stopAll, sql };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

export function describe(plan) {
  const rows = [plan.gateway, ...plan.services].map(
    ({ name, frontend, replicas }) =>
      `  ${name.padEnd(14)} http://127.0.0.1:${frontend}  ←  ${replicas.map(({ name: n, port }) => `${n} :${port}`).join(', ')}`,
  );
  return [
    `the graph at http://127.0.0.1:${plan.gateway.frontend}/graphql (HAProxy; its stats at http://127.0.0.1:${plan.statsPort}/)`,
    ...rows,
    `user tokens: signed with ${path.relative(root, keys.keyFolder(keyDir).identityProvider.signingKey)}, its key set at https://127.0.0.1:${plan.identityProviderPort}/.well-known/jwks.json`,
  ].join('\n');
}

async function main() {
  const chaos = process.argv.includes('--chaos');
  const options = { fresh: process.argv.includes('--fresh'), basePort: option('base-port', 4400), chaos, echo: !chaos };
  let deployment;
  let stopping;
  const stop = async (code) => {
    stopping ??= (async () => {
      await deployment?.stopAll();
      process.exit(code);
    })();
    return stopping;
  };
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => void stop(130));
  try {
    deployment = await deploy(options);
  } catch (error) {
    say(`could not start: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
  say(describe(deployment.plan));
  if (!chaos) {
    say('running; Ctrl-C stops everything');
    return;
  }
  const { runChaos } = await import('./chaos.mjs');
  let passed = false;
  try {
    passed = await runChaos(deployment, { minutes: option('minutes', 3), rate: option('rate', 5), say });
  } catch (error) {
    say(`the kill run failed: ${error instanceof Error ? error.stack : error}`);
  }
  await stop(passed ? 0 : 1);
}

if (process.argv[1] === new URL(import.meta.url).pathname) await main();
