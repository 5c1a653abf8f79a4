// npm run soak [-- --minutes 10] [--rate 20] [--pglite]: the graph under a steady mix for a while, sampled, to
// show that nothing keeps growing — memory (RSS and heap), open handles, file descriptors, sockets, and the
// consumers' lag behind the feeds. The graph starts as the bench starts it (demo data, PostgreSQL when it
// answers); each process serves its metrics on a port of its own. Prints one table of samples and one
// verdict per series (infra/bench/soak-trend.js); exits 1 when a series grows, or on any error answer.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { coordinatorToken, devUserIssuer } from './fixtures.mjs';
import { freePorts, root, rss, settle, startGraph } from './graph.mjs';
import { median } from './load.mjs';
import { prepareTraffic, trafficMix } from './soak-traffic.mjs';

const { judge } = createRequire(import.meta.url)('./soak-trend.js');

const option = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  const value = at === -1 ? fallback : Number(process.argv[at + 1]);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} takes a positive number`);
  return value;
};
const minutes = option('minutes', 10);
const rate = option('rate', 20);
// About forty samples whatever the length, never closer than five seconds.
const every = Math.max(5, Math.round((minutes * 60) / 40));
// Start-up, caches and the JIT settle in the first minute or fifth of the run, whichever is shorter.
const warmupSeconds = Math.min(60, (minutes * 60) / 5);
const MAX_IN_FLIGHT = 64;

const operation = (file) => fs.readFileSync(path.join(root, 'contract', file), 'utf8');
const scratch = path.join(root, '.scratch', 'soak');
fs.mkdirSync(scratch, { recursive: true });
const logFile = path.join(scratch, 'processes.log');
const log = fs.createWriteStream(logFile);
const say = (line) => process.stderr.write(`soak: ${line}\n`);

/** File descriptors of a process, and how many of them are sockets. */
function descriptors(pid) {
  try {
    const fds = fs.readdirSync(`/proc/${pid}/fd`);
    let sockets = 0;
    for (const fd of fds) {
      try {
        if (fs.readlinkSync(`/proc/${pid}/fd/${fd}`).startsWith('socket:')) sockets++;
      } catch {
        // closed meanwhile
      }
    }
    return { fds: fds.length, sockets };
  } catch {
    return { fds: 0, sockets: 0 };
  }
}

/** The few figures the soak reads from a process's Prometheus text. */
async function scrape(port) {
  const text = await fetch(`http://127.0.0.1:${port}/metrics`).then((response) => response.text());
  const values = (name) =>
    text
      .split('\n')
      .filter((line) => line.startsWith(`${name}{`) || line.startsWith(`${name} `))
      .map((line) => Number(line.slice(line.lastIndexOf(' ') + 1)));
  return {
    heap: values('nodejs_heap_size_used_bytes')[0] ?? 0,
    handles: values('nodejs_active_handles_total')[0] ?? 0,
    lag: Math.max(0, ...values('event_feed_behind_seconds')),
  };
}

let graph;
// Stopped by a signal, the run ends the graph it started (the launcher's children would outlive it).
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => void graph?.stop().then(() => process.exit(130)));

try {
  // Each process's metrics on a port of its own: the launcher passes the environment on.
  const names = ['activities', 'organisations', 'participants', 'reporting', 'gateway'];
  const ports = await freePorts(names.length);
  const metricsPorts = new Map(names.map((name, index) => [name, ports[index]]));
  for (const [name, port] of metricsPorts) process.env[`${name.toUpperCase()}_METRICS_PORT`] = String(port);
  say(`${minutes} min at ${rate} req/s, a sample every ${every} s; the processes' output goes to ${path.relative(root, logFile)}`);
  graph = await startGraph(log, { pglite: process.argv.includes('--pglite') });
  say(`on ${graph.database}`);
  await settle(graph.processes.map(({ pid }) => pid));
  const token = await coordinatorToken(await devUserIssuer(graph.dataDir), 'soak-coordinator', minutes);
  const state = await prepareTraffic({ gatewayUrl: graph.gatewayUrl, token, operation });
  if (!state.rollCall) say('no held demo session with a roll call was found: the mix records no marks');
  const mix = trafficMix({ gatewayUrl: graph.gatewayUrl, token, operation, state });

  // The steady driver: one request every 1/rate s, whatever the answers; a backlog beyond MAX_IN_FLIGHT is
  // itself an error (the graph did not keep up), so the load never piles up on a struggling graph.
  const window = { latencies: [], requests: 0, errors: 0 };
  const errorsByCode = new Map();
  const countError = (code, kind, message) => {
    window.errors++;
    if (!errorsByCode.has(code)) say(`the first ${code}${kind ? ` (${kind})` : ''}: ${message ?? ''}`.slice(0, 400));
    errorsByCode.set(code, (errorsByCode.get(code) ?? 0) + 1);
  };
  let inFlight = 0;
  let next = 0;
  let driving = true;
  const started = Date.now();
  const end = started + minutes * 60_000;
  const drive = (async () => {
    for (let tick = 0; driving && Date.now() < end; tick++) {
      const due = started + (tick * 1000) / rate;
      if (due > Date.now()) await sleep(due - Date.now());
      if (inFlight >= MAX_IN_FLIGHT) {
        countError('CLIENT_BACKLOG');
        continue;
      }
      const request = mix[next++ % mix.length];
      inFlight++;
      const sent = performance.now();
      request
        .run()
        .then(({ status, errors }) => {
          window.latencies.push(performance.now() - sent);
          window.requests++;
          if (status < 200 || status >= 400) countError(`HTTP_${status}`, request.kind);
          for (const error of errors ?? []) countError(error.extensions?.code ?? 'NO_CODE', request.kind, error.message);
        })
        .catch((error) => countError(error.cause?.code ?? 'NETWORK', request.kind, error.message))
        .finally(() => inFlight--);
    }
  })();

  const samples = [];
  while (Date.now() < end) {
    await sleep(Math.min(every * 1000, Math.max(0, end - Date.now())));
    const t = Math.round((Date.now() - started) / 1000);
    const latencies = window.latencies.sort((a, b) => a - b);
    const processes = {};
    for (const { name, pid } of graph.processes) {
      const figures = await scrape(metricsPorts.get(name)).catch(() => ({ heap: 0, handles: 0, lag: 0 }));
      processes[name] = { rss: rss(pid), ...descriptors(pid), ...figures };
    }
    samples.push({
      t,
      requests: window.requests,
      errors: window.errors,
      p50: latencies.length ? median(latencies) : 0,
      p99: latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * 0.99))] : 0,
      processes,
    });
    say(
      `${t} s: ${window.requests} answers, ${window.errors} errors, RSS ${names.map((name) => `${name} ${mib(processes[name].rss)}`).join(', ')}`,
    );
    window.latencies = [];
    window.requests = 0;
    window.errors = 0;
  }
  driving = false;
  await drive;
  while (inFlight > 0) await sleep(100);

  const series = [
    ['RSS', 'rss', 'bytes'],
    ['heap used', 'heap', 'bytes'],
    ['active handles', 'handles', 'count'],
    ['file descriptors', 'fds', 'count'],
    ['sockets', 'sockets', 'count'],
    ['feed lag (s)', 'lag', 'seconds'],
  ];
  const verdicts = names.flatMap((name) =>
    series.map(([label, key, kind]) => ({
      name,
      label,
      kind,
      ...judge(
        samples.map(({ t, processes }) => ({ t, v: processes[name][key] })),
        kind,
        warmupSeconds,
      ),
    })),
  );
  const markdown = report(samples, verdicts, graph.database, errorsByCode);
  fs.writeFileSync(path.join(scratch, 'last-run.md'), markdown);
  process.stdout.write(`\n${markdown}`);
  const growing = verdicts.filter(({ grows }) => grows);
  const errors = [...errorsByCode.values()].reduce((sum, count) => sum + count, 0);
  if (growing.length || errors) {
    say(`FAILED: ${growing.map(({ name, label }) => `${name} ${label} grows`).join('; ') || 'nothing grows'}; ${errors} errors`);
    process.exitCode = 1;
  }
} catch (error) {
  say(`could not run: ${error instanceof Error ? error.message : error} (see ${path.relative(root, logFile)})`);
  process.exitCode = 1;
} finally {
  await graph?.stop();
  log.end();
}

function mib(bytes) {
  return `${Math.round(bytes / 1024 / 1024)} MiB`;
}

function show(value, kind) {
  if (value === undefined) return '—';
  return kind === 'bytes' ? mib(value) : kind === 'seconds' ? `${value.toFixed(1)} s` : String(Math.round(value));
}

function report(samples, verdicts, database, errorsByCode) {
  const names = Object.keys(samples[0]?.processes ?? {});
  const lines = [
    `Soak run on ${database}: ${minutes} min at ${rate} req/s, a sample every ${every} s, warm-up ${warmupSeconds} s left out of the verdicts.`,
    '',
    `| t (s) | answers | errors | p50 | p99 | ${names.map((name) => `${name} RSS / heap / handles / fds / sockets / lag`).join(' | ')} |`,
    `|---|---|---|---|---|${names.map(() => '---|').join('')}`,
    ...samples.map(
      ({ t, requests, errors, p50, p99, processes }) =>
        `| ${t} | ${requests} | ${errors} | ${p50.toFixed(0)} ms | ${p99.toFixed(0)} ms | ${names
          .map((name) => {
            const p = processes[name];
            return `${mib(p.rss)} / ${mib(p.heap)} / ${p.handles} / ${p.fds} / ${p.sockets} / ${p.lag.toFixed(1)} s`;
          })
          .join(' | ')} |`,
    ),
    '',
    '| process | series | first third (median) | last third (median) | growth | allowance | verdict |',
    '|---|---|---|---|---|---|---|',
    ...verdicts.map(
      ({ name, label, kind, judged, grows, first, last, growth, allowance }) =>
        `| ${name} | ${label} | ${show(first, kind)} | ${show(last, kind)} | ${show(growth, kind)} | ${show(allowance, kind)} | ${
          !judged ? 'too few samples' : grows ? 'GROWS' : 'steady'
        } |`,
    ),
    '',
    `Errors by code: ${errorsByCode.size ? [...errorsByCode].map(([code, count]) => `${code} ${count}`).join(', ') : 'none'}.`,
  ];
  return `${lines.join('\n')}\n`;
}
