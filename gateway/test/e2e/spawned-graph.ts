import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { DEV_AUDIENCE, DEV_ISSUER, loadOrCreateDevKeys, mintUserToken, type Identity, type Role } from '@cort/auth';
import { databaseUrlVariable } from '@cort/db';
import { Client } from 'pg';
import { urlVariable } from '../../src/composition';
import { contract, type Answer } from './graph';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const { localServices } = require(path.join(ROOT, 'infra', 'services.js')) as {
  localServices(root: string): { name: string; dir: string }[];
};

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function untilReady(url: string, child: ChildProcess, output: () => string, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url} exited (${child.exitCode}):\n${output()}`);
    const ready = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} not ready after ${timeoutMs} ms:\n${output()}`);
}

/**
 * The graph as `npm start` runs it, one real process per service from its built entry point
 * (`dist/main.js`, `gateway/dist/index.js`), with `env` added: for what only a whole process shows,
 * e.g. OpenTelemetry, which patches modules as Node loads them (jest loads them its own way). Embedded
 * PGlite in a fresh folder, or a fresh PostgreSQL database per service when TEST_DATABASE_URL is set.
 * Its answers are not leak-scanned here: the in-process harness (graph.ts) does that for every test.
 */
export async function startSpawnedGraph(env: NodeJS.ProcessEnv) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cort-spawned-'));
  const services = localServices(ROOT);
  const ports = new Map<string, number>();
  for (const { name } of services) ports.set(name, await freePort());
  const gatewayPort = await freePort();
  const adminUrl = process.env.TEST_DATABASE_URL;
  const databases: string[] = [];
  const common: NodeJS.ProcessEnv = {
    ...process.env,
    ...env,
    NODE_ENV: 'development',
    CORT_DATA_DIR: dataDir,
    SEED_DEMO_DATA: 'false',
    FEED_POLL_INTERVAL_MS: '500',
    ...Object.fromEntries(services.map(({ name }) => [urlVariable(name), `http://127.0.0.1:${ports.get(name)}/graphql`])),
  };
  const keys = await loadOrCreateDevKeys(dataDir, common);

  const children: ChildProcess[] = [];
  async function launch(name: string, entry: string, own: NodeJS.ProcessEnv, readyUrl: string) {
    const child = spawn(process.execPath, [entry], { cwd: ROOT, env: { ...common, ...own }, stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let output = '';
    child.stdout!.on('data', (chunk) => (output = (output + chunk).slice(-4000)));
    child.stderr!.on('data', (chunk) => (output = (output + chunk).slice(-4000)));
    await untilReady(readyUrl, child, () => `${name}: ${output}`);
  }

  try {
    for (const { name, dir } of services) {
      const prefix = name.toUpperCase().replace(/-/g, '_');
      const own: NodeJS.ProcessEnv = { [`${prefix}_PORT`]: String(ports.get(name)) };
      if (adminUrl) {
        const database = `cort_spawned_${name}_${randomUUID().slice(0, 8)}`;
        await admin(adminUrl, `CREATE DATABASE "${database}"`);
        databases.push(database);
        const url = new URL(adminUrl);
        url.pathname = `/${database}`;
        own[databaseUrlVariable(name)] = url.toString();
      }
      await launch(name, path.join(dir, 'dist', 'main.js'), own, `http://127.0.0.1:${ports.get(name)}/ready`);
    }
    await launch(
      'gateway',
      path.join('gateway', 'dist', 'index.js'),
      { GATEWAY_PORT: String(gatewayPort), GATEWAY_STARTUP_WAIT_SECONDS: '60' },
      `http://127.0.0.1:${gatewayPort}/ready`,
    );
  } catch (error) {
    await stopAll();
    throw error;
  }

  async function stopAll() {
    await Promise.all(
      children.reverse().map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
          }),
      ),
    );
    if (adminUrl) for (const database of databases) await admin(adminUrl, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }

  const gatewayUrl = `http://127.0.0.1:${gatewayPort}/graphql`;
  let sequence = 0;
  const token = (identity: Partial<Identity> & { roles: Role[] }) =>
    mintUserToken({ sub: `spawned-user-${++sequence}`, prisons: [], ...identity }, keys.user.privateKey, {
      issuer: DEV_ISSUER,
      audience: DEV_AUDIENCE,
      expiresIn: '1h',
      keyId: keys.user.keyId,
    });

  async function send<T = any>(query: string, variables: Record<string, unknown> = {}, bearer?: string): Promise<Answer<T>> {
    const response = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: Answer['errors'] };
    return { status: response.status, headers: response.headers, data: body.data ?? undefined, errors: body.errors };
  }

  return {
    gatewayUrl,
    token,
    send,
    run: <T = any>(file: string, variables: Record<string, unknown> = {}, bearer?: string) => send<T>(contract(file), variables, bearer),
    stop: stopAll,
  };
}

async function admin(adminUrl: string, statement: string) {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
