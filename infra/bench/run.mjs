// npm run bench [-- --quick] [--pglite]: the measures of #17 side by side in one run. The graph starts through the
// development launcher (PostgreSQL when 127.0.0.1:5432 answers, else PGlite) with the demo data; beside
// it a second gateway with the directory cache off, Hive Gateway on the same supergraph and subgraphs,
// and a bare Node server. Each pair runs back to back with autocannon, three rounds (one with --quick),
// medians. Then the annual report (annual-report.mjs: one prison, a region and the PDF against
// offerOverview) and reporting's lag behind the feed (reporting-lag.mjs), each with its goal met or not.
// The tables on stdout (and in .scratch/bench/last-table.md). Exits 1 on an error only — a refused or
// failed request, a GraphQL error, a broken invariant — never on a figure.
// --simulated [--year N] [--prison ID]: on the databases `npm run simulate` filled instead (as npm start
// finds them), without the demo data: the annual report and the lag only, the pairs and the burst skipped
// (they need the demo's fixtures). Nothing is created or dropped there; the lag's drafts count in no report.
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { setTimeout as sleep } from 'node:timers/promises';
import { URLSearchParams } from 'node:url';
import { annualReportRuns, annualReportTable, simulatedPrison } from './annual-report.mjs';
import { enrolmentBurst } from './enrolment-burst.mjs';
import { devUserIssuer, userToken as signedToken } from './fixtures.mjs';
import { LAG_GOAL_MS, reportingLag } from './reporting-lag.mjs';
import { freePorts, load, memory, operation, root, settle, startGraph, startProcess, waitFor } from './graph.mjs';
import { graphqlPost, measure, median, summary } from './load.mjs';
import { table } from './table.mjs';

// --quick: one round. --pglite: embedded PGlite even when PostgreSQL answers (the issue's PGlite figures).
// --ci: as CI runs it. The enrolment burst's failed calls are reported but do not fail the run: the burst's
// last calls can outlast the gateway's 5 s mutation timeout on a loaded machine, and CI must not fail on a
// figure. A broken invariant and every other error still fail it.
// --simulated: the annual report of a simulated year; --year (default this one) and --prison (default the
// prison with the most sessions held that year) say which. A bad command line is refused before anything starts.
const { parseBenchOptions } = createRequire(import.meta.url)('./options.js');
let options;
try {
  options = parseBenchOptions(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`bench: ${error.message}\n`);
  process.exit(2);
}
const { quick, pglite, ci, simulated, year, prisonId: askedPrison } = options;
const rounds = quick ? 1 : 3;
const seconds = quick ? 3 : 10;
const warmupSeconds = quick ? 1 : 3;

const auth = load('packages/auth/dist/index.js');
const { readSubgraphsConfig } = load('gateway/dist/composition.js');
const scratch = path.join(root, '.scratch', 'bench');
fs.mkdirSync(scratch, { recursive: true });
const logFile = path.join(scratch, 'processes.log');
const log = fs.createWriteStream(logFile);
const say = (line) => process.stderr.write(`bench: ${line}\n`);

const started = [];
let graph;
async function stopAll() {
  for (const running of started.reverse()) await running.stop();
  await graph?.stop();
}
// Stopped by a signal, the run ends the graph it started (the launcher's children would outlive it).
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => void stopAll().then(() => process.exit(130)));

try {
  say(
    `${quick ? 'quick: one round of 3 s runs' : 'three rounds of 10 s runs'}; the processes' output goes to ${path.relative(root, logFile)}`,
  );
  graph = await startGraph(log, { pglite, simulated });
  say(
    simulated
      ? `on the simulated year's databases, ${graph.database === 'PostgreSQL' ? 'PostgreSQL (<SERVICE>_DATABASE_URL)' : `PGlite in ${graph.dataDir}`}: the pairs and the enrolment burst are skipped`
      : graph.database === 'PostgreSQL'
        ? 'on PostgreSQL at 127.0.0.1:5432'
        : pglite
          ? 'on embedded PGlite (--pglite)'
          : 'PostgreSQL is not reachable at 127.0.0.1:5432: on embedded PGlite',
  );
  await settle(graph.processes.map(({ pid }) => pid));

  // The whole run, the annual report's and the simulated year's included, takes well under 90 minutes.
  const signer = await devUserIssuer(graph.dataDir);
  const userToken = (sub, roles, prisons) => signedToken(signer, { sub, roles, prisons }, 90);
  const ours = `${graph.gatewayUrl}/graphql`;
  // The prison measured: HAREN on the demo data (and Flanders, read by a policy coordinator of GENT); on a
  // simulated year the prison asked or the busiest one, and its own region.
  const measured = simulated
    ? await simulatedPrison({
        graphqlUrl: ours,
        analystOf: (prisons) => userToken('bench-analyst', ['ANALYST'], prisons),
        year,
        prisonId: askedPrison,
      })
    : { id: 'HAREN', region: 'FLANDERS' };
  const token = await userToken('bench-coordinator', ['COORDINATOR'], [measured.id]);
  // A policy coordinator of a prison of the region reads the report of the region.
  const regionToken = await userToken('bench-policy-coordinator', ['POLICY_COORDINATOR'], [simulated ? measured.id : 'GENT']);
  if (simulated) say(`the annual report of ${measured.id} (region ${measured.region}), ${year}`);

  const comparisons = simulated ? undefined : await pairsAndBurst(token);
  // The annual report, on the demo data of this year (the demo's sessions run around today) or the simulated year.
  const annual = await annualReportRuns({
    gatewayUrl: graph.gatewayUrl,
    tokens: { prison: token, region: regionToken },
    prisonId: measured.id,
    region: measured.region,
    year,
    rounds,
    seconds,
    say,
  });

  const lag = await reportingLag({ graphqlUrl: ours, token, operation, samples: quick ? 3 : 10, say, prisonId: measured.id });
  // Last: its new activity changes the public offer (and so the cached answer's ETag).
  const bursts = comparisons ? await comparisons.bursts() : [];

  const markdown = comparisons
    ? comparisons.table(bursts)
    : `On the simulated year (--simulated): the pairs against the straight subgraph, Hive Gateway and the bare server, and the enrolment burst, need the demo data and were skipped.\n`;
  const annualMarkdown =
    `${annualReportTable(annual)}- ${lag.met ? 'met' : 'NOT met'}: reporting's lag behind the feed under ${LAG_GOAL_MS} ms ` +
    `(p50 ${Math.round(lag.p50)} ms, max ${Math.round(lag.max)} ms over ${lag.samples} activities created one at a time)\n`;
  fs.writeFileSync(path.join(scratch, 'last-table.md'), `${markdown}\n${annualMarkdown}`);
  process.stdout.write(`\n${markdown}\n${annualMarkdown}`);
  const burstErrors = sum(bursts.map((b) => b.run.errors));
  if (ci && burstErrors) say(`the enrolment burst had ${burstErrors} failed calls (reported, not failing with --ci: see the note at --ci)`);
  const errors = (comparisons?.errors ?? 0) + annual.errors + (ci ? 0 : burstErrors);
  const broken = bursts.flatMap((burst) => burst.broken);
  if (errors || broken.length) {
    say(`FAILED: ${errors} errors${broken.length ? `; the enrolment invariant is broken: ${broken.join('; ')}` : ''}`);
    process.exitCode = 1;
  }
} catch (error) {
  say(`could not run: ${error instanceof Error ? error.message : error} (see ${path.relative(root, logFile)})`);
  process.exitCode = 1;
} finally {
  await stopAll();
  log.end();
}

/**
 * On the demo data: the pairs, each back to back with its comparator over the rounds, with the idle memory of
 * the graph before them; `bursts()` then runs the enrolment burst, and `table(bursts)` makes the pairs' table.
 */
async function pairsAndBurst(token) {
  const gateway = graph.processes.find(({ name }) => name === 'gateway');
  // Idle is after each process has given its memory back once quiet (releaseMemoryWhenQuiet in @cort/common),
  // and a few seconds for the collections themselves: what a laptop running the demo holds.
  await sleep(load('packages/common/dist/index.js').MEMORY_RELEASED_WITHIN_MS + 5_000);
  // Goal 5's figure is the sum of PSS: the pages the processes share (the node binary, the libraries) once.
  const idle = graph.processes.map(({ name, pid }) => ({ name, ...memory(pid) }));
  const mib = (bytes) => `${Math.round(bytes / 1048576)} MiB`;
  say(
    `idle after start: PSS ${mib(sum(idle.map(({ pss }) => pss)))} (goal 5's figure), RSS ${mib(sum(idle.map(({ rss }) => rss)))} ` +
      `(counts the shared pages once per process); ${idle.map(({ name, pss, rss }) => `${name} ${mib(pss)} / ${mib(rss)}`).join(', ')}`,
  );

  // Beside the graph: our gateway with the directory cache off, Hive Gateway, and (below) the bare server.
  const [uncachedPort, hivePort, barePort] = await freePorts(3);
  const uncached = startProcess(
    'gateway-uncached',
    [path.join('gateway', 'dist', 'index.js')],
    { ...graph.env, GATEWAY_PORT: String(uncachedPort), GATEWAY_PUBLIC_MAX_AGE_SECONDS: '0' },
    log,
  );
  started.push(uncached);
  // The committed supergraph, its subgraph URLs those of this run.
  let supergraph = fs.readFileSync(path.join(root, 'gateway', 'supergraph.graphql'), 'utf8');
  for (const { url, name } of readSubgraphsConfig()) supergraph = supergraph.replaceAll(`url: "${url}"`, `url: "${graph.urls.get(name)}"`);
  const supergraphPath = path.join(graph.dataDir, 'supergraph.graphql');
  fs.writeFileSync(supergraphPath, supergraph);
  const hiveBin = path.join(path.dirname(createRequire(import.meta.url).resolve('@graphql-hive/gateway/package.json')), 'dist', 'bin.js');
  const hive = startProcess(
    'hive-gateway',
    [
      hiveBin,
      'supergraph',
      supergraphPath,
      '--host',
      '127.0.0.1',
      '--port',
      String(hivePort),
      '--config-path',
      'infra/bench/hive-gateway.config.mjs',
    ],
    graph.env,
    log,
  );
  started.push(hive);

  // Straight to a subgraph as the gateway would call it: the gateway's issuer and key.
  const signInternal = auth.internalSignerOf(
    await auth.loadInternalKeys(graph.env, graph.dataDir, auth.GATEWAY_ISSUER),
    auth.GATEWAY_ISSUER,
  );
  const post = (url, file, variables, bearer) => graphqlPost(url, operation(file), variables, bearer);
  const ours = `${graph.gatewayUrl}/graphql`;
  const oursUncached = `http://127.0.0.1:${uncachedPort}/graphql`;
  const hiveUrl = `http://127.0.0.1:${hivePort}/graphql`;
  const publicOffer = ['directory/PublicOffer.graphql', { language: 'NL', prisonId: 'HAREN' }];
  const coordinatorOffer = ['web/CoordinatorOffer.graphql', { language: 'NL', prisonId: 'HAREN' }];
  await waitFor(`http://127.0.0.1:${uncachedPort}/ready`, uncached);
  const { body: hiveProbe, ...hiveProbeInit } = post(hiveUrl, ...publicOffer);
  await waitFor(hiveUrl, hive, { ...hiveProbeInit, body: hiveProbe });

  // The cached directory answer by GET (persisted query id), 200 and 304, and the bare server sending its bytes.
  const hash = createHash('sha256').update(operation(publicOffer[0])).digest('hex');
  const cachedUrl = `${ours}?${new URLSearchParams({
    variables: JSON.stringify(publicOffer[1]),
    extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }),
  })}`;
  const preflight = { 'apollo-require-preflight': 'true' };
  await fetch(cachedUrl, { headers: preflight }).then((response) => response.arrayBuffer()); // fills the cache
  const hit = await fetch(cachedUrl, { headers: preflight });
  const answer = { ok: { headers: Object.fromEntries(hit.headers), body: Buffer.from(await hit.arrayBuffer()).toString('base64') } };
  const etag = answer.ok.headers.etag;
  if (hit.status !== 200 || !etag) throw new Error(`the cached PublicOffer by GET answered ${hit.status} without an ETag`);
  const notModified = await fetch(cachedUrl, { headers: { ...preflight, 'if-none-match': etag } });
  if (notModified.status !== 304) throw new Error(`PublicOffer with If-None-Match answered ${notModified.status}, not 304`);
  answer.notModified = { headers: Object.fromEntries(notModified.headers) };
  const answerPath = path.join(graph.dataDir, 'answer.json');
  fs.writeFileSync(answerPath, JSON.stringify(answer));
  const bare = startProcess(
    'bare-server',
    [path.join('infra', 'bench', 'bare-server.mjs')],
    { ...process.env, BENCH_ANSWER: answerPath, PORT: String(barePort) },
    log,
  );
  started.push(bare);
  const bareUrl = `http://127.0.0.1:${barePort}/graphql?${cachedUrl.split('?')[1]}`;
  await waitFor(bareUrl, bare, { headers: preflight });

  const pairs = [
    {
      what: 'Prisons (anonymous, one subgraph), 50 connections: our gateway, cache off, vs straight to the activities subgraph with an internal token',
      connections: 50,
      ours: () => post(oursUncached, 'directory/Prisons.graphql', { language: 'NL' }),
      comparator: async () =>
        post(
          graph.urls.get('activities'),
          'directory/Prisons.graphql',
          { language: 'NL' },
          await signInternal(auth.ANONYMOUS, 'activities'),
        ),
    },
    // Goal 2 is at 10 and at 50 connections for both operations: 10 is where deduplication has the least to collapse.
    ...[10, 50].map((connections) => ({
      what: `PublicOffer HAREN (anonymous), ${connections} connections: our gateway, cache off, vs Hive Gateway`,
      connections,
      ours: () => post(oursUncached, ...publicOffer),
      comparator: () => post(hiveUrl, ...publicOffer),
    })),
    ...[10, 50].map((connections) => ({
      what: `CoordinatorOffer HAREN (signed in, three subgraphs), ${connections} connections: our gateway vs Hive Gateway`,
      connections,
      rss: true,
      ours: () => post(ours, ...coordinatorOffer, token),
      comparator: () => post(hiveUrl, ...coordinatorOffer, token),
    })),
    {
      what: 'cached PublicOffer by GET, 200, 50 connections: our gateway vs a bare Node server sending the same bytes and headers',
      connections: 50,
      ours: () => ({ url: cachedUrl, headers: preflight }),
      comparator: () => ({ url: bareUrl, headers: preflight }),
    },
    {
      what: 'the same, 304 (If-None-Match)',
      connections: 50,
      ours: () => ({ url: cachedUrl, headers: { ...preflight, 'if-none-match': etag } }),
      comparator: () => ({ url: bareUrl, headers: { ...preflight, 'if-none-match': etag } }),
    },
  ];
  const watched = { ours: gateway.pid, comparator: hive.pid };
  const runs = pairs.map(() => ({ ours: [], comparator: [] }));
  for (let round = 0; round < rounds; round++) {
    for (const [index, pair] of pairs.entries()) {
      // Back to back, the order turned round each round so that neither side always runs on a warmer machine.
      const sides = round % 2 ? ['comparator', 'ours'] : ['ours', 'comparator'];
      for (const side of sides) {
        const target = await pair[side]();
        await measure(target, { connections: pair.connections, seconds: warmupSeconds });
        const run = await measure(target, { connections: pair.connections, seconds, watch: pair.rss ? watched[side] : undefined });
        runs[index][side].push(run);
        say(`round ${round + 1}, ${pair.what.split(':')[0]}, ${side}: ${Math.round(run.perSecond)} req/s, ${run.errors} errors`);
        if (run.firstError) say(`  the first: ${run.firstError}`);
      }
    }
  }
  const rows = pairs.map((pair, index) => ({
    what: pair.what,
    ours: summary(runs[index].ours),
    comparator: summary(runs[index].comparator),
  }));
  const peak = (side) => Math.max(...runs.flatMap((run, index) => (pairs[index].rss ? run[side].map((one) => one.peakRss) : [])));
  return {
    errors: rows.reduce((total, row) => total + row.ours.errors + row.comparator.errors, 0),
    async bursts() {
      const bursts = [];
      for (let round = 0; round < rounds; round++) {
        const burst = await enrolmentBurst({ graphqlUrl: ours, token, operation, round });
        say(`round ${round + 1}, enrolment burst: p99 ${Math.round(burst.run.p99)} ms, ${burst.run.errors} errors`);
        if (burst.run.firstError) say(`  the first: ${burst.run.firstError}`);
        bursts.push(burst);
      }
      return bursts;
    },
    table: (bursts) =>
      table({
        database: graph.database,
        rows,
        burst: {
          p50: median(bursts.map((b) => b.run.p50)),
          p99: median(bursts.map((b) => b.run.p99)),
          errors: sum(bursts.map((b) => b.run.errors)),
        },
        broken: bursts.flatMap((burst) => burst.broken),
        peakRss: { ours: peak('ours'), comparator: peak('comparator') },
        idle,
        quick,
      }),
  };
}

function sum(values) {
  return values.reduce((total, value) => total + value, 0);
}
