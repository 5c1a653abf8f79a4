// The graph under measurement: started through the development launcher (infra/dev/start.js, as
// `npm start` does) on free ports, with fresh databases (PostgreSQL when 127.0.0.1:5432 answers, else
// embedded PGlite in a scratch folder) and the demo data; then the extra processes the comparisons need.
// Or (`simulated`) on the databases `npm run simulate` filled, as `npm start` finds them, left as they are
// (see databases.js).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const require = createRequire(import.meta.url);
export const load = (file) => require(path.join(root, file));
/** An operation of the contract the clients send (`web/OfferOverview.graphql`), as the bench sends it. */
export const operation = (file) => fs.readFileSync(path.join(root, 'contract', file), 'utf8');
const { readSubgraphsConfig, urlVariable } = load('gateway/dist/composition.js');
const { localServices } = load('infra/services.js');
const { benchDatabases } = load('infra/bench/databases.js');

/** Ports free now, one per process, so that every process knows the others' URLs before any starts. */
export async function freePorts(count) {
  const servers = Array.from({ length: count }, () => net.createServer());
  await Promise.all(servers.map((server) => new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))));
  const ports = servers.map((server) => server.address().port);
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}

/** The node processes below a pid (the launcher runs each command through a shell), with their command lines. */
export function descendants(pid) {
  const children = new Map();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // gone meanwhile
    }
  }
  const found = [];
  const walk = (p) => {
    for (const child of children.get(p) ?? []) {
      let cmdline = '';
      try {
        cmdline = fs.readFileSync(`/proc/${child}/cmdline`, 'utf8').split('\0').join(' ');
      } catch {
        continue;
      }
      found.push({ pid: child, cmdline });
      walk(child);
    }
  };
  walk(pid);
  return found;
}

/**
 * Resident memory of a process and its node descendants, in bytes (0 once gone): the same figure as
 * `memory(pid).rss`, read from /proc/<pid>/status because the peak is sampled every 100 ms under load, and
 * smaps_rollup walks every mapping of the process each time it is read.
 */
export function rss(pid) {
  const one = (p) => {
    try {
      return Number(/VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0) * 1024;
    } catch {
      return 0;
    }
  };
  return one(pid) + descendants(pid).reduce((sum, { pid: child }) => sum + one(child), 0);
}

const { parseSmapsRollup } = require('./smaps.js');

/**
 * RSS and PSS of a process and its node descendants, in bytes (0 once gone). The sum of PSS over the graph's
 * processes is the memory the graph holds; the sum of RSS counts the pages they share once per process.
 */
export function memory(pid) {
  const one = (p) => {
    try {
      return parseSmapsRollup(fs.readFileSync(`/proc/${p}/smaps_rollup`, 'utf8'));
    } catch {
      return parseSmapsRollup('');
    }
  };
  return [pid, ...descendants(pid).map(({ pid: child }) => child)]
    .map(one)
    .reduce((sum, figures) => ({ rss: sum.rss + figures.rss, pss: sum.pss + figures.pss, pssAnon: sum.pssAnon + figures.pssAnon }), {
      rss: 0,
      pss: 0,
      pssAnon: 0,
    });
}

/** CPU time (user + system, in clock ticks) of processes: to wait until the graph is idle. */
function cpuTicks(pids) {
  return pids.reduce((sum, pid) => {
    try {
      const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return sum + Number(fields[11]) + Number(fields[12]);
    } catch {
      return sum;
    }
  }, 0);
}

/** Until the processes use under a tenth of a core for two seconds in a row (feeds caught up, demo data in). */
export async function settle(pids, maxSeconds = 120) {
  let last = cpuTicks(pids);
  for (let second = 0, quiet = 0; second < maxSeconds && quiet < 2; second++) {
    await sleep(1000);
    const now = cpuTicks(pids);
    quiet = now - last < 10 ? quiet + 1 : 0;
    last = now;
  }
}

/**
 * Starts a process (node running `args`, or `command` with `args`) with its output to the log, each line
 * under its name (and on stdout too with `echo`). `stop()` asks it to end (SIGTERM) and waits, SIGKILL after
 * ten seconds; `kill()` ends it at once (SIGKILL, as a node that dies) and resolves once it is gone;
 * `restart()` starts it again, same command and environment, once it has ended. `pid` and `exited` are
 * those of the current run; `ended` says whether that run is over.
 */
export function startProcess(name, args, env, log, { command = process.execPath, echo = false } = {}) {
  // Where a failure to start says to look: the log's file, when it is one.
  const running = { name, ended: true, log: typeof log.path === 'string' ? log.path : undefined };
  let stopping = false;
  const write = (chunk) => {
    const text = String(chunk)
      .split('\n')
      .filter(Boolean)
      .map((line) => `[${name}] ${line}\n`)
      .join('');
    log.write(text);
    if (echo) process.stdout.write(text);
  };
  const spawnOnce = () => {
    const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    for (const stream of [child.stdout, child.stderr]) stream.on('data', write);
    running.ended = false;
    running.pid = child.pid;
    running.exited = new Promise((resolve) =>
      child.once('exit', (code, signal) => {
        running.ended = true;
        // An end nobody asked for is worth a line in the log (a crash, or a kill of the kill run).
        if (!stopping) log.write(`[${name}] exited (${signal ?? code})\n`);
        resolve(signal ?? code);
      }),
    );
    running.child = child;
  };
  running.stop = async () => {
    if (running.ended) return;
    stopping = true;
    running.child.kill('SIGTERM');
    if ((await Promise.race([running.exited, sleep(10_000, 'late')])) === 'late') running.child.kill('SIGKILL');
    await running.exited;
    stopping = false;
  };
  running.kill = async () => {
    if (!running.ended) running.child.kill('SIGKILL');
    await running.exited;
  };
  running.restart = () => {
    if (!running.ended) throw new Error(`${name} is still running: kill or stop it before starting it again`);
    spawnOnce();
    return running;
  };
  spawnOnce();
  return running;
}

/**
 * Until `url` answers 2xx (or the process ends, or `seconds` pass); each try gives up after five seconds,
 * so a connection that hangs is tried again rather than waited on.
 */
export async function waitFor(url, process, init = {}, seconds = 180) {
  let exited = false;
  process?.exited.then(() => (exited = true));
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline && !exited) {
    try {
      const response = await fetch(url, { signal: globalThis.AbortSignal.timeout(5000), ...init });
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  const logFile = process?.log ? ` (see ${path.relative(root, process.log)})` : '';
  throw new Error(`${url} did not answer${exited ? `: ${process.name} exited` : ` within ${seconds} s`}${logFile}`);
}

/**
 * Every subgraph of infra/subgraphs.json that names a package and the gateway, through the launcher.
 * The graph keeps its production settings except the rate limits (the bench is one client sending
 * thousands of requests a minute) and quiet logs.
 */
export async function startGraph(log, { pglite = false, simulated = false } = {}) {
  const services = localServices(root);
  const subgraphs = readSubgraphsConfig();
  const databases = await benchDatabases(services, { pglite, simulated, root });
  const { dataDir } = databases;
  const ports = await freePorts(subgraphs.length + 1);
  const urls = new Map(subgraphs.map(({ name }, index) => [name, `http://127.0.0.1:${ports[index]}/graphql`]));
  const env = {
    ...databases.env,
    NODE_ENV: 'test',
    CORT_DATA_DIR: dataDir,
    GATEWAY_RATE_LIMIT_ANONYMOUS: '1000000000',
    GATEWAY_RATE_LIMIT_USER: '1000000000',
    ...Object.fromEntries([...urls].map(([name, url]) => [urlVariable(name), url])),
  };
  const gatewayPort = ports[subgraphs.length];
  const launcher = startProcess('graph', [path.join('infra', 'dev', 'start.js')], { ...env, GATEWAY_PORT: String(gatewayPort) }, log);
  const gatewayUrl = `http://127.0.0.1:${gatewayPort}`;
  await waitFor(`${gatewayUrl}/ready`, launcher);
  // The five processes, found by the entry each was started from.
  const running = descendants(launcher.pid).filter(({ cmdline }) => cmdline.startsWith('node ') || cmdline.includes(process.execPath));
  const pidOf = (entry) => running.find(({ cmdline }) => cmdline.includes(entry))?.pid;
  const processes = [
    ...services.map(({ name, dir }) => ({ name, pid: pidOf(path.join(dir, 'dist', 'main.js')) })),
    { name: 'gateway', pid: pidOf(path.join('gateway', 'dist', 'index.js')) },
  ];
  const missing = processes.filter(({ pid }) => !pid).map(({ name }) => name);
  if (missing.length) throw new Error(`the launcher's processes for ${missing.join(', ')} were not found`);
  return {
    database: databases.database,
    env,
    dataDir,
    urls,
    gatewayUrl,
    processes,
    async stop() {
      await launcher.stop();
      // The launcher ends its children on SIGTERM; any it left behind are ended by their own pid.
      for (const { pid } of processes) {
        try {
          process.kill(pid, 'SIGTERM');
        } catch {
          // already gone
        }
      }
      await sleep(1000);
      await databases.remove(log);
    },
  };
}
