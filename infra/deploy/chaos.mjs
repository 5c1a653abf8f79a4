// The kill run of `npm run deploy:local -- --chaos`: the soak run's steady mix (infra/bench/soak-traffic.mjs)
// through HAProxy, sent by a client that retries as an idempotent client does, while one replica of each
// service in turn, then one gateway, is killed (SIGKILL) and started again. Prints the figures before,
// during and after each kill (infra/deploy/figures.js), then checks the invariants over the databases
// (infra/deploy/invariants.js); true when every one holds and no request failed after its retries.
import { AsyncLocalStorage } from 'node:async_hooks';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { coordinatorToken } from '../bench/fixtures.mjs';
import { load, root, settle, waitFor } from '../bench/graph.mjs';
import { prepareTraffic, trafficMix } from '../bench/soak-traffic.mjs';

const require = createRequire(import.meta.url);
const { killWindows, summary, renderTable } = require('./figures.js');
const invariants = require('./invariants.js');
const { databaseName } = require('./layout.js');

const MAX_IN_FLIGHT = 64;
/**
 * The idempotent client: up to this many tries, waiting 250 ms, 500 ms, 1 s, … 16 s between them (about
 * half a minute in all: longer than HAProxy takes to take a dead replica out, and a replacement to start).
 */
const TRIES = 8;
/** Answers worth another try: nothing was done, or what was done is found again by the request's key. */
const RETRY_STATUSES = new Set([502, 503, 504]);
const RETRY_CODES = new Set(['DOWNSTREAM_SERVICE_ERROR']);
/** The producers reporting follows (services/reporting/src/feeds/report.feed.ts). */
const REPORTED = ['activities', 'organisations', 'participants'];

const attempt = new AsyncLocalStorage();
const operation = (file) => fs.readFileSync(path.join(root, 'contract', file), 'utf8');

/**
 * Runs `once` until its outcome is not transient or the tries are spent, counting the retries on the
 * request being run; the last outcome is returned (or its error thrown).
 */
async function withRetries(once, transient) {
  for (let tries = 1; ; tries++) {
    let outcome;
    let failure;
    try {
      outcome = await once();
    } catch (error) {
      failure = error;
    }
    if (tries === TRIES || (!failure && !transient(outcome))) {
      if (failure) throw failure;
      return outcome;
    }
    const store = attempt.getStore();
    if (store) store.retries++;
    await sleep(250 * 2 ** (tries - 1));
  }
}

/** fetch, tried again on no answer or a 502/503/504 (the directory's cached GET). */
function retryingFetch(url, init) {
  return withRetries(
    async () => {
      const response = await fetch(url, { ...init, signal: globalThis.AbortSignal.timeout(30_000) });
      return { response, text: await response.text() };
    },
    ({ response }) => RETRY_STATUSES.has(response.status),
  ).then(({ response, text }) => ({ status: response.status, text: async () => text }));
}

/** fixtures.mjs's post, tried again also when the gateway says a subgraph could not be reached. */
function retryingPost(graphqlUrl, token, query, variables) {
  return withRetries(
    async () => {
      const response = await fetch(graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
        signal: globalThis.AbortSignal.timeout(30_000),
      });
      return { status: response.status, body: await response.json().catch(() => ({})) };
    },
    ({ status, body }) =>
      RETRY_STATUSES.has(status) || (body.errors?.length > 0 && body.errors.every((error) => RETRY_CODES.has(error.extensions?.code))),
  );
}

/** Rows of a database, by plain SQL. */
async function rows(deployment, database, query) {
  const [{ rows: found }] = await deployment.sql([query], database);
  return found;
}

/** Until reporting has marked every event of the feeds it follows as processed (at most five minutes). */
async function reportingCaughtUp(deployment) {
  for (let second = 0; second < 300; second++) {
    const behind = [];
    const processed = await rows(
      deployment,
      databaseName('reporting'),
      `SELECT producer, count(*)::int AS n FROM "ProcessedEvent" GROUP BY producer`,
    );
    for (const producer of REPORTED) {
      const [{ n }] = await rows(deployment, databaseName(producer), `SELECT count(*)::int AS n FROM "OutboxEvent"`);
      const done = processed.find((row) => row.producer === producer)?.n ?? 0;
      if (done !== n) behind.push(`${producer} ${done}/${n}`);
    }
    if (!behind.length) return [];
    if (second === 299) return [`reporting did not catch up with the feeds: ${behind.join(', ')} events processed`];
    await sleep(1000);
  }
  return [];
}

/**
 * A replay of every event of the feeds reporting follows, in feed order (packages/events readFeed over each
 * producer's outbox), into a fresh database migrated as reporting's, through reporting's own applyEvents;
 * then every Report* table and the processed events of the two, compared row by row.
 */
async function replayProblems(deployment) {
  const replayName = 'cort_deploy_replay';
  await deployment.sql([`DROP DATABASE IF EXISTS ${replayName} WITH (FORCE)`, `CREATE DATABASE ${replayName}`]);
  const { openDatabase, migrate } = load('packages/db/dist/index.js');
  const { readFeed } = load('packages/events/dist/index.js');
  const { applyEvents } = load('services/reporting/dist/feeds/projections.js');
  const { PrismaClient } = load('services/reporting/dist/generated/prisma/client.js');
  const url = `postgresql://postgres@127.0.0.1:5432/${replayName}`;
  const db = await openDatabase({ service: 'reporting', url });
  const prisma = new PrismaClient({ adapter: db.adapter });
  const { Client } = createRequire(path.join(root, 'packages', 'db', 'package.json'))('pg');
  try {
    await migrate(db, path.join(root, 'services', 'reporting', 'prisma', 'migrations'));
    for (const producer of REPORTED) {
      const client = new Client({ connectionString: deployment.databases[producer] });
      await client.connect();
      try {
        const raw = { $queryRawUnsafe: async (query, ...values) => (await client.query(query, values)).rows };
        const quiet = { error: () => {} };
        for (let cursor, page; !page || page.hasMore; cursor = page.cursor) {
          page = await readFeed(raw, cursor, 500);
          if (page.events.length) await prisma.$transaction((tx) => applyEvents(tx, producer, page.events, quiet), { timeout: 120_000 });
        }
      } finally {
        await client.end();
      }
    }
    const tablesOf = async (database) => {
      const names = await rows(
        deployment,
        database,
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND (table_name LIKE 'Report%' OR table_name = 'ProcessedEvent')`,
      );
      const tables = {};
      for (const { table_name: table } of names) tables[table] = await rows(deployment, database, `SELECT * FROM "${table}"`);
      return tables;
    };
    // When a row was written (not what it says) differs between the live projection and its replay.
    const ignore = ['updatedAt', 'enrolledAt', 'processedAt', 'receivedAt'];
    return invariants.replayProblems(await tablesOf(databaseName('reporting')), await tablesOf(replayName), ignore);
  } finally {
    await prisma.$disconnect();
    await db.close();
  }
}

async function invariantProblems(deployment, acknowledged) {
  const participants = databaseName('participants');
  const enrolments = await rows(
    deployment,
    participants,
    `SELECT id, "participantId", "activityId", status::text, "waitlistPosition", "idempotencyKey" FROM "Enrolment"`,
  );
  const activities = await rows(deployment, participants, `SELECT id, capacity FROM "ActivityView"`);
  const marks = await rows(deployment, participants, `SELECT "sessionId", "participantId" FROM "AttendanceMark"`);
  const followUps = await rows(deployment, participants, `SELECT "enrolmentId", status::text FROM "DropoutFollowUp"`);
  const recordings = await rows(deployment, participants, `SELECT "idempotencyKey" FROM "AttendanceRecording"`);
  return {
    capacity: invariants.capacityProblems(activities, enrolments),
    'waiting-list positions': invariants.waitingListProblems(enrolments),
    'one open enrolment per participant and activity': invariants.openEnrolmentProblems(enrolments),
    'one mark per participant and session': invariants.markProblems(marks),
    'one open follow-up per streak': invariants.followUpProblems(followUps),
    'no acknowledged write lost': invariants.lostWriteProblems(acknowledged, { enrolments, recordings, marks }),
    'reporting caught up': await reportingCaughtUp(deployment),
    'reporting equals a replay of every event': await replayProblems(deployment),
  };
}

export async function runChaos(deployment, { minutes, rate, say }) {
  // Signed by the deployment's identity provider, whose key set the gateways fetch.
  const token = await coordinatorToken(deployment.userIssuer, 'chaos-coordinator', minutes);
  const gatewayUrl = deployment.gatewayUrl;
  // As the soak run does: first until the replicas are idle (feeds caught up after the start; a minute at most).
  await settle(
    [...deployment.subgraphReplicas.flat(), ...deployment.gateways].map(({ process: replica }) => replica.pid),
    60,
  );
  // What the mix starts from, made with plain requests (registering is not idempotent): on a busy machine
  // one may time out, and the whole preparation is tried again with other participants.
  let state;
  for (let tries = 1; !state; tries++) {
    try {
      // Its session on a day of its own: the deployment keeps its data between runs, and a room holds one session at a time.
      const daysAhead = 21 + ((Math.floor(Date.now() / 60_000) + tries) % 300);
      state = await prepareTraffic({ gatewayUrl, token, operation, tag: `${process.pid}-${tries}`, daysAhead });
    } catch (error) {
      if (tries === 3) throw error;
      say(`preparing the traffic failed (${error instanceof Error ? error.message.slice(0, 200) : error}); trying again`);
      await sleep(15_000);
    }
  }
  if (!state.rollCall) say('no held demo session with a roll call was found: the mix records no marks');
  const acknowledged = { enrolments: [], withdrawals: [], recordings: [] };
  const mix = trafficMix({ gatewayUrl, token, operation, state, post: retryingPost, fetch: retryingFetch, acknowledged });

  // The kills: the first replica of each subgraph, then the first gateway; evenly over the run, each
  // started again at once (as an orchestrator does) and waited for until its /ready says yes.
  const victims = [...deployment.subgraphReplicas.map((pair) => pair[0]), deployment.gateways[0]];
  const gap = Math.max(10, Math.floor((minutes * 60) / (victims.length + 1))) * 1000;
  const records = [];
  const kills = [];
  let inFlight = 0;
  let driving = true;
  const started = performance.now();
  const now = () => performance.now() - started;
  const drive = (async () => {
    for (let tick = 0, next = 0; driving; tick++) {
      const due = (tick * 1000) / rate;
      if (due > now()) await sleep(due - now());
      const at = now();
      if (inFlight >= MAX_IN_FLIGHT) {
        records.push({ at, code: 'CLIENT_BACKLOG', retries: 0 });
        continue;
      }
      const request = mix[next++ % mix.length];
      const store = { retries: 0 };
      inFlight++;
      attempt
        .run(store, () => request.run())
        .then(
          ({ status, errors }) =>
            status < 200 || status >= 400 ? `HTTP_${status}` : errors?.length ? (errors[0].extensions?.code ?? 'NO_CODE') : undefined,
          (error) => error.cause?.code ?? 'NETWORK',
        )
        .then((code) => {
          if (code && !records.some((record) => record.code === code)) say(`the first ${code} (${request.kind})`);
          records.push({ at, ms: now() - at, code, retries: store.retries, kind: request.kind });
        })
        .finally(() => inFlight--);
    }
  })();

  try {
    for (const victim of victims) {
      await sleep(Math.max(0, (kills.length ? kills.at(-1).back : 0) + gap - now()));
      const label = `${victim.process.name} (${victim.service})`;
      say(`killing ${label}`);
      const at = now();
      await victim.process.kill();
      victim.process.restart();
      await waitFor(`http://127.0.0.1:${victim.port}/ready`, victim.process, {}, 120);
      kills.push({ label, at, back: now() });
      say(`${label} is back after ${((now() - at) / 1000).toFixed(1)} s`);
    }
    await sleep(Math.max(0, kills.at(-1).back + gap - now(), minutes * 60_000 - now()));
  } finally {
    driving = false;
    await drive;
    while (inFlight > 0) await sleep(100);
  }

  const total = summary(records);
  const table = renderTable(killWindows(records, kills, gap / 2), total);
  const failed = Object.entries(total.errors);
  const problems = await invariantProblems(deployment, acknowledged);
  const verdicts = Object.entries(problems).map(
    ([rule, found]) =>
      `| ${rule} | ${found.length ? `FAILS: ${found.slice(0, 5).join('; ')}${found.length > 5 ? ` (and ${found.length - 5} more)` : ''}` : 'holds'} |`,
  );
  const report = [
    `Kill run: ${minutes} min at ${rate} req/s through HAProxy (2 gateways, 2 replicas of each subgraph, PostgreSQL, Redis); kills ${gap / 1000} s apart, windows of ${gap / 2000} s before and after each; a request counts as an error when it still failed after ${TRIES} tries.`,
    '',
    table,
    '',
    `Acknowledged writes: ${acknowledged.enrolments.length} enrolments, ${acknowledged.withdrawals.length} withdrawals, ${acknowledged.recordings.length} roll calls.`,
    '',
    '| invariant | verdict |',
    '|---|---|',
    ...verdicts,
    `| no request failed after its retries | ${failed.length ? `FAILS: ${failed.map(([code, n]) => `${code} ${n}`).join(', ')}` : 'holds'} |`,
  ].join('\n');
  fs.writeFileSync(path.join(root, '.scratch', 'deploy', 'last-chaos-run.md'), `${report}\n`);
  process.stdout.write(`\n${report}\n`);
  return !failed.length && Object.values(problems).every((found) => !found.length);
}
