// npm run retention [-- --dry-run]: in every service that holds participant data, anonymises the
// participants released or transferred longer ago than the retention period, each service in its own
// database (found as db:migrate finds it). Prints counts per service, never who.
import fs from 'node:fs';
import path from 'node:path';
import { migrationsList } from '../migrations';
import { openDatabase, type Database } from '../open';
import { dataRoot, databaseUrlFor, repoRoot, servicesWithDatabases } from '../paths';
import type { RetentionCounts, RetentionPlan, RetentionStep } from '../retention';
import { run } from './args';

export type { RetentionCounts, RetentionPlan, RetentionStep };

/**
 * The registry: each entry of infra/subgraphs.json that has decided, by its `retention` key, on the built
 * module (relative to the repository) exporting its step, or null when it holds no participant data.
 * An entry without the key, like a service that has no entry, is not in it: undecided.
 */
export function retentionSteps(root: string): Readonly<Record<string, string | null>> {
  const file = path.join(root, 'infra', 'subgraphs.json');
  const entries: { name: string; retention?: unknown }[] = JSON.parse(fs.readFileSync(file, 'utf8'));
  const decided = entries.filter((entry) => entry.retention !== undefined);
  for (const { name, retention } of decided)
    if (retention !== null && typeof retention !== 'string')
      throw new Error(`${file}: ${name}'s "retention" must be the path of the built module exporting its step, or null.`);
  return Object.fromEntries(decided.map(({ name, retention }) => [name, retention as string | null]));
}

export type ServiceRetention = { service: string } & ({ holds: 'no participant data' } | { skipped: string } | { counts: RetentionCounts });

/** One year: the questions that follow a release or transfer (a return, the receiving prison, a complaint, an access request) come within it. */
export const DEFAULT_RETENTION_PERIOD_DAYS = 365;

export function retentionPeriodDays(env: NodeJS.ProcessEnv = process.env): number {
  const given = env.RETENTION_PERIOD_DAYS?.trim();
  if (!given) return DEFAULT_RETENTION_PERIOD_DAYS;
  if (!/^\d+$/.test(given) || Number(given) < 1) throw new Error('RETENTION_PERIOD_DAYS is a whole number of days, at least 1.');
  return Number(given);
}

export const cutoffOf = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000);

export interface RetentionOptions {
  root?: string;
  env?: NodeJS.ProcessEnv;
  now?: Date;
  dryRun?: boolean;
  steps?: Readonly<Record<string, string | null>>;
  /** Loads a registered module's step; default require() from the repository (the built services). */
  load?: (module: string) => RetentionStep;
}

function requireStep(root: string, module: string): RetentionStep {
  const file = path.join(root, module);
  if (!fs.existsSync(file)) throw new Error(`${module} does not exist: build first (npm run build).`);
  const step = require(file).retention;
  if (typeof step !== 'function') throw new Error(`${module} exports no retention(adapter, plan) function.`);
  return step;
}

/**
 * Whether another process has an embedded database open (PGlite is one process per folder: a second one
 * would corrupt it). On Linux, whether any process has a file of it open (PGlite keeps its WAL open);
 * elsewhere, whether the postmaster.pid that PGlite writes on start and removes on close is there.
 */
export function openElsewhere(dataDir: string, proc = '/proc'): boolean {
  if (!fs.existsSync(path.join(proc, 'self', 'fd'))) return fs.existsSync(path.join(dataDir, 'postmaster.pid'));
  const inside = fs.realpathSync(dataDir) + path.sep;
  for (const pid of fs.readdirSync(proc).filter((name) => /^\d+$/.test(name) && Number(name) !== process.pid)) {
    let fds: string[];
    try {
      fds = fs.readdirSync(path.join(proc, pid, 'fd'));
    } catch {
      continue; // gone, or another user's
    }
    for (const fd of fds) {
      try {
        if (fs.readlinkSync(path.join(proc, pid, 'fd', fd)).startsWith(inside)) return true;
      } catch {
        // closed meanwhile
      }
    }
  }
  return false;
}

/** The migrations a database lacks: a step needs the tables it works on, and a dry run changes no schema. */
async function missingMigrations(db: Database, migrationsDir: string): Promise<string[]> {
  const connection = await db.adapter.connect();
  const applied = await connection
    .queryRaw({
      sql: 'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
      args: [],
      argTypes: [],
    })
    .then((result) => new Set(result.rows.map(([name]) => String(name))))
    .catch(() => new Set<string>());
  return migrationsList(migrationsDir)
    .migrationDirectories.map((m) => m.path)
    .filter((name) => !applied.has(name));
}

/**
 * Runs every registered step against its service's database, with one cut-off. Everything is checked
 * before anything changes: the registry covers every service, no embedded database is open in another
 * process (a running service: PGlite is one process per folder), every database is migrated.
 */
export async function runRetention(options: RetentionOptions = {}) {
  const root = options.root ?? repoRoot();
  const env = options.env ?? process.env;
  const steps = options.steps ?? retentionSteps(root);
  const load = options.load ?? ((module: string) => requireStep(root, module));
  const periodDays = retentionPeriodDays(env);
  const plan: RetentionPlan = { cutoff: cutoffOf(options.now ?? new Date(), periodDays), dryRun: options.dryRun ?? false };

  const services = servicesWithDatabases(root);
  const unregistered = services.filter((s) => !(s.name in steps)).map((s) => s.name);
  if (unregistered.length)
    throw new Error(
      `No retention entry for ${unregistered.join(', ')}: give its entry in infra/subgraphs.json a "retention" key, the built ` +
        'module exporting its step, or null if it holds no participant data.',
    );

  const outcomes: ServiceRetention[] = [];
  const work: { service: string; step: RetentionStep; url?: string; dataDir: string; migrationsDir: string }[] = [];
  for (const { name, migrationsDir } of services) {
    const module = steps[name];
    if (!module) {
      outcomes.push({ service: name, holds: 'no participant data' });
      continue;
    }
    const url = databaseUrlFor(name, env);
    const dataDir = path.join(dataRoot(env, root), name);
    if (!url && !fs.existsSync(path.join(dataDir, 'PG_VERSION'))) outcomes.push({ service: name, skipped: 'no database yet' });
    else work.push({ service: name, step: load(module), url, dataDir, migrationsDir });
  }
  const open = work.filter((w) => !w.url && openElsewhere(w.dataDir));
  if (open.length)
    throw new Error(
      `The embedded database of ${open.map((w) => w.service).join(', ')} is open in another process: stop the services first ` +
        '(PGlite allows one process per folder). Where it cannot tell, it goes by <folder>/postmaster.pid, which a killed ' +
        'process leaves behind: remove it if no service runs.',
    );

  const databases: Database[] = [];
  try {
    for (const w of work) databases.push(await openDatabase({ service: w.service, url: w.url, dataDir: w.dataDir }));
    for (const [i, w] of work.entries()) {
      const missing = await missingMigrations(databases[i], w.migrationsDir);
      if (missing.length) throw new Error(`The database of ${w.service} lacks ${missing.join(', ')}: run npm run db:migrate first.`);
    }
    for (const [i, w] of work.entries()) outcomes.push({ service: w.service, counts: await w.step(databases[i].adapter, plan) });
  } finally {
    await Promise.all(databases.map((db) => db.close()));
  }
  outcomes.sort((a, b) => a.service.localeCompare(b.service));
  return { ...plan, periodDays, services: outcomes };
}

export function describeOutcome(outcome: ServiceRetention, dryRun: boolean): string {
  if ('holds' in outcome) return `${outcome.service}: holds no participant data`;
  if ('skipped' in outcome) return `${outcome.service}: skipped, ${outcome.skipped}`;
  const counts = Object.entries(outcome.counts).map(([what, count]) => `${what} ${count}`);
  return `${outcome.service}: ${dryRun ? 'would change' : 'changed'} ${counts.join(', ')}`;
}

if (require.main === module)
  run(async () => {
    const args = process.argv.slice(2);
    if (args.some((arg) => arg !== '--dry-run')) throw new Error('Usage: npm run retention [-- --dry-run]');
    const report = await runRetention({ dryRun: args.includes('--dry-run') });
    console.log(
      `Retention: ${report.periodDays} days (RETENTION_PERIOD_DAYS); participants who left before ${report.cutoff.toISOString()}.` +
        (report.dryRun ? ' Dry run: nothing is changed.' : ''),
    );
    for (const outcome of report.services) console.log(describeOutcome(outcome, report.dryRun));
  });
