import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type * as Activities from '@cort/activities';
import {
  GATEWAY_ISSUER,
  createUserTokenVerifier,
  deriveDevKeyPair,
  derivedDevTrust,
  devKeyIdOf,
  generateEd25519KeyPair,
  internalSignerOf,
  mintUserToken,
  type Identity,
  type InternalKeys,
  type InternalSigner,
  type Role,
} from '@cort/auth';
import type { StatementCounter } from '@cort/db';
import type * as Organisations from '@cort/organisations';
import type * as Participants from '@cort/participants';
import type * as Reporting from '@cort/reporting';
import type { ServiceConfig, ServiceDependencies } from '@cort/subgraph';
import { createTestDatabase, type TestDatabase } from '@cort/testing';
import { readSubgraphsConfig, urlVariable } from '../../src/composition';
import { loadConfig as gatewayConfig, type GatewayConfig } from '../../src/config';
import { createGateway } from '../../src/server';
import { assertNoLeaks } from '../leaks';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const ISSUER = 'cort-e2e';
const AUDIENCE = 'cort-graph';

export interface Answer<T = any> {
  status: number;
  headers: Headers;
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

/** What a service package's entry exports for a harness (services/<name>/src/index.ts). */
interface ServicePackage {
  loadConfig(env: NodeJS.ProcessEnv): ServiceConfig;
  createServer(config: ServiceConfig, dependencies: ServiceDependencies): Promise<RunningService>;
}
interface RunningService {
  url: string;
  port: number;
  stop(): Promise<void>;
}
type Running<Package extends { createServer(...args: never[]): Promise<unknown> }> = Awaited<ReturnType<Package['createServer']>>;

/**
 * Typed handles on the services whose rows the tests read (`graph.participants.prisma…`). Naming a
 * service here only gives it types: every entry of infra/subgraphs.json with a package runs, and
 * `graph.service(name)` reaches each of them.
 */
export interface Services {
  activities: Running<typeof Activities>;
  organisations: Running<typeof Organisations>;
  participants: Running<typeof Participants>;
  reporting: Running<typeof Reporting>;
}

export type GraphOptions = {
  /** How often the services poll each other's event feeds (FEED_POLL_INTERVAL_MS); default 500 ms. */
  followIntervalMs?: number;
  gateway?: Partial<GatewayConfig>;
  /** Seed each service's demo data as `npm start` does (through the services and their feeds); default off. */
  demo?: boolean;
} & {
  /** `false` leaves that service stopped until `startService(name)`. */
  [Name in keyof Services]?: boolean;
};

/** Ports free now, one per service: a service keeps its port for the whole run, so the others and the gateway find it again after a restart. */
async function freePorts(count: number): Promise<number[]> {
  const servers = Array.from({ length: count }, () => net.createServer());
  await Promise.all(servers.map((server) => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))));
  const ports = servers.map((server) => (server.address() as net.AddressInfo).port);
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}

/** A client operation of contract/, verbatim. */
export const contract = (file: string) => fs.readFileSync(path.join(ROOT, 'contract', file), 'utf8');

/**
 * The whole graph in one process, as it ships: every subgraph of infra/subgraphs.json that names a package,
 * started through that package's entry (loadConfig, createServer) on a fresh test database (PGlite, or
 * PostgreSQL when TEST_DATABASE_URL is set), behind the gateway running the committed supergraph. Each
 * service learns the others' URLs as under `npm start` (`<NAME>_URL`), so they start in the config's order
 * and any of them can be stopped and started again on the same database and port (a restart).
 */
export async function startGraph({ followIntervalMs, gateway: gatewayOverrides = {}, demo = false, ...startAtOnce }: GraphOptions = {}) {
  // A key pair per process, as deployed: the gateway and each service sign with their own (derived from one
  // master for the run) and accept only the issuers each route allows, so a service's key opens nothing
  // it should not here either.
  const master = generateEd25519KeyPair().privateKey;
  const trust = derivedDevTrust(master);
  const keysOf = (issuer: string): InternalKeys => {
    const pair = deriveDevKeyPair(master, issuer);
    return { ...pair, issuer, keyId: devKeyIdOf(pair.publicKey), trust };
  };
  const signers = new Map<string, InternalSigner>();
  const signerAs = (issuer: string) => {
    if (!signers.has(issuer)) signers.set(issuer, internalSignerOf(keysOf(issuer), issuer));
    return signers.get(issuer)!;
  };
  const internalKeys = keysOf(GATEWAY_ISSUER);
  const userKeys = generateEd25519KeyPair();
  const subgraphs = readSubgraphsConfig();
  const local = subgraphs.filter((entry) => entry.package);
  const ports = await freePorts(local.length);
  const urls = new Map(local.map(({ name }, index) => [name, `http://127.0.0.1:${ports[index]}/graphql`]));
  const env: NodeJS.ProcessEnv = {
    ...Object.fromEntries([...urls].map(([name, url]) => [urlVariable(name), url])),
    ...(followIntervalMs !== undefined && { FEED_POLL_INTERVAL_MS: String(followIntervalMs) }),
  };

  const databases = new Map<string, TestDatabase>();
  const starters = new Map<string, () => Promise<RunningService>>();
  for (const [index, { name, package: packageName }] of local.entries()) {
    const service: ServicePackage = require(packageName!);
    const config = { ...service.loadConfig(env), port: ports[index], seedDemoData: demo };
    const database = await createTestDatabase(name, config.migrationsDir);
    databases.set(name, database);
    starters.set(name, () => service.createServer(config, { database, internalKeys: keysOf(name) }));
  }

  const running = new Map<string, RunningService>();
  async function startService(name: string) {
    const start = starters.get(name);
    if (!start) throw new Error(`${name} is not a service of infra/subgraphs.json with a package.`);
    if (!running.has(name)) running.set(name, await start());
    return running.get(name)!;
  }
  async function stopService(name: string) {
    const handle = running.get(name);
    running.delete(name);
    await handle?.stop();
  }
  /** A running service (its database stays the same across restarts); it throws when the service is stopped. */
  function service(name: string): RunningService {
    const handle = running.get(name);
    if (!handle) throw new Error(`The ${name} service is stopped: startService('${name}') first.`);
    return handle;
  }
  for (const { name } of local) if ((startAtOnce as Record<string, boolean | undefined>)[name] !== false) await startService(name);

  const defaults = gatewayConfig({});
  const gateway = await createGateway(
    {
      ...defaults,
      // The gateway follows the activities feed (its directory cache) as often as the services follow each other.
      ...(followIntervalMs !== undefined && { directory: { ...defaults.directory, followIntervalMs } }),
      ...gatewayOverrides,
      port: 0,
      startupWaitMs: 0,
      subgraphs: subgraphs.map(({ name, url }) => ({ name, url: urls.get(name) ?? url })),
    },
    { internalKeys, verifyUserToken: createUserTokenVerifier({ issuer: ISSUER, audience: AUDIENCE, publicKey: userKeys.publicKey }) },
  );

  let sequence = 0;
  const token = (identity: Partial<Identity> & { roles: Role[] }) =>
    mintUserToken({ sub: `user-${++sequence}`, prisons: [], ...identity }, userKeys.privateKey, {
      issuer: ISSUER,
      audience: AUDIENCE,
      expiresIn: '1h',
    });

  async function send<T = any>(query: string, variables: Record<string, unknown> = {}, bearer?: string): Promise<Answer<T>> {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    // Every answer of the suite is scanned: the test that receives a stack trace, an internal address,
    // SQL, a Prisma message, a file path or an error without a listed code and a requestId fails.
    const text = await response.text();
    assertNoLeaks({ status: response.status, text, headers: response.headers });
    const body = (text ? JSON.parse(text) : {}) as { data?: T; errors?: Answer['errors'] };
    return { status: response.status, headers: response.headers, data: body.data ?? undefined, errors: body.errors };
  }

  const graph = {
    gatewayUrl: gateway.url,
    /** Where the gateway serves `GET /metrics` (with `gateway: { metricsPort: 0 }`). */
    gatewayMetricsPort: gateway.metricsPort,
    /** The gateway's internal keys (a second gateway in a test uses them). */
    internalKeys,
    /** Any issuer's keys (a partner's subgraph, say): its own pair, derived as every process's here. */
    keysOf,
    /** Signs an internal token as a process would: a service caller with that service's key, others with the gateway's. */
    sign: ((caller, audience) => signerAs(caller.kind === 'service' ? caller.service : GATEWAY_ISSUER)(caller, audience)) as InternalSigner,
    service,
    startService,
    stopService,
    /** The tests' shorthand for the service they restart. */
    startReporting: () => startService('reporting'),
    stopReporting: () => stopService('reporting'),
    /** SQL statements per service's database (they stay the same across restarts). */
    statements: Object.fromEntries([...databases].map(([name, database]) => [name, database.statements])) as Record<
      string,
      StatementCounter
    >,
    token,
    send,
    /** Sends a contract operation verbatim. */
    run: <T = any>(file: string, variables: Record<string, unknown> = {}, bearer?: string) => send<T>(contract(file), variables, bearer),
    async stop() {
      await gateway.stop();
      // In the reverse of the config's order: a service stops before the services whose feeds it follows.
      for (const { name } of [...local].reverse()) await stopService(name);
      for (const database of [...databases.values()].reverse()) await database.drop();
    },
  };
  // graph.activities, graph.reporting…: each service by its name.
  for (const { name } of local) {
    if (name in graph) throw new Error(`A service may not be called ${name}: the graph harness uses that name.`);
    Object.defineProperty(graph, name, { enumerable: true, get: () => service(name) });
  }
  return graph as typeof graph & Services;
}

export type Graph = Awaited<ReturnType<typeof startGraph>>;
