import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createServiceMigration, migrateServices } from '../commands';
import {
  cutoffOf,
  describeOutcome,
  openElsewhere,
  retentionPeriodDays,
  retentionSteps,
  runRetention,
  type RetentionPlan,
  type RetentionStep,
} from './retention';

describe('the retention period', () => {
  it('is a year unless RETENTION_PERIOD_DAYS says otherwise', () => {
    expect(retentionPeriodDays({})).toBe(365);
    expect(retentionPeriodDays({ RETENTION_PERIOD_DAYS: ' 730 ' })).toBe(730);
    for (const bad of ['0', '-5', '1.5', 'a year'])
      expect(() => retentionPeriodDays({ RETENTION_PERIOD_DAYS: bad })).toThrow(/whole number/);
  });

  it('gives the cut-off: that many days of 24 hours before now', () => {
    expect(cutoffOf(new Date('2026-11-23T10:00:00Z'), 365)).toEqual(new Date('2025-11-23T10:00:00Z'));
  });
});

describe('the retention registry', () => {
  const repository = (entries: object[]) => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cort-registry-'));
    fs.mkdirSync(path.join(root, 'infra'));
    fs.writeFileSync(path.join(root, 'infra', 'subgraphs.json'), JSON.stringify(entries));
    return root;
  };
  const entry = (name: string, more: object = {}) => ({ name, url: `http://${name}/graphql`, schema: `${name}.graphql`, ...more });

  it("is each infra/subgraphs.json entry's decision; an entry without one is undecided", () => {
    const root = repository([
      entry('alpha', { package: '@x/alpha', retention: null }),
      entry('beta', { package: '@x/beta', retention: 'services/beta/dist/retention.js' }),
      entry('gamma', { package: '@x/gamma' }),
      entry('partner'),
    ]);
    try {
      expect(retentionSteps(root)).toEqual({ alpha: null, beta: 'services/beta/dist/retention.js' });
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('refuses a decision that is neither a module path nor null', () => {
    const root = repository([entry('alpha', { retention: false })]);
    try {
      expect(() => retentionSteps(root)).toThrow(/alpha's "retention" must be the path of the built module exporting its step, or null/);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('the retention command on a repository of its own (PGlite folders)', () => {
  let root: string;
  const env = () => ({ CORT_DATA_DIR: path.join(root, '.data'), RETENTION_PERIOD_DAYS: '10' });
  const NOW = new Date('2026-03-11T00:00:00Z');
  const schema = (fields = '') => `datasource db {\n  provider = "postgresql"\n}\n\nmodel Probe {\n  id String @id\n${fields}}\n`;
  const steps = { alpha: null, beta: 'beta/step.js', gamma: 'gamma/step.js' };
  let calls: { service: string; plan: RetentionPlan; probes: unknown }[];
  /** A step that reads its database, to show it was given that service's. */
  const load =
    (module: string): RetentionStep =>
    async (adapter, plan) => {
      const rows = (await (await adapter.connect()).queryRaw({ sql: 'SELECT count(*)::int FROM "Probe"', args: [], argTypes: [] })).rows;
      calls.push({ service: module.split('/')[0], plan, probes: rows[0][0] });
      return { probes: Number(rows[0][0]) };
    };

  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'cort-retention-'));
    for (const name of ['alpha', 'beta', 'gamma']) {
      fs.mkdirSync(path.join(root, 'services', name, 'prisma'), { recursive: true });
      fs.writeFileSync(path.join(root, 'services', name, 'prisma', 'schema.prisma'), schema());
      await createServiceMigration({ root, service: name, name: 'init', now: new Date('2026-01-01T00:00:00Z') });
    }
    await migrateServices({ root, env: env(), service: 'beta' });
  });
  beforeEach(() => (calls = []));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('runs each registered step on its own database with one cut-off, and skips a database never created', async () => {
    const report = await runRetention({ root, env: env(), now: NOW, dryRun: true, steps, load });
    const plan = { cutoff: new Date('2026-03-01T00:00:00Z'), dryRun: true };
    expect(report).toEqual({
      ...plan,
      periodDays: 10,
      services: [
        { service: 'alpha', holds: 'no participant data' },
        { service: 'beta', counts: { probes: 0 } },
        { service: 'gamma', skipped: 'no database yet' },
      ],
    });
    expect(calls).toEqual([{ service: 'beta', plan, probes: 0 }]);
    expect(fs.existsSync(path.join(root, '.data', 'alpha'))).toBe(false);
  });

  it('refuses a service with a database that the registry does not name, before any step runs', async () => {
    await expect(runRetention({ root, env: env(), now: NOW, steps: { beta: 'beta/step.js' }, load })).rejects.toThrow(
      /No retention entry for alpha, gamma/,
    );
    expect(calls).toEqual([]);
  });

  it('refuses an embedded database that another process holds open, and not once that process is gone', async () => {
    const folder = path.join(root, '.data', 'beta');
    // A service on the folder: another process with PGlite open on it (started here, ended by its id). It
    // keeps a timer so that it stays alive until killed: left idle, Node would exit soon after 'open' and,
    // on a busy machine, before the check below looked at its files.
    const opened = `new (require('@electric-sql/pglite').PGlite)(${JSON.stringify(folder)}).waitReady`;
    const service = spawn(process.execPath, ['-e', `${opened}.then(() => { console.log('open'); setInterval(() => {}, 60_000); })`], {
      cwd: __dirname,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      await new Promise((resolve, reject) => {
        service.stdout!.on('data', resolve);
        service.on('exit', reject);
      });
      await expect(runRetention({ root, env: env(), now: NOW, steps, load })).rejects.toThrow(
        /beta is open in another process: stop the services first/,
      );
      expect(calls).toEqual([]);
    } finally {
      service.kill('SIGKILL');
      await new Promise((resolve) => (service.exitCode === null ? service.on('exit', resolve) : resolve(null)));
    }
    // Killed, it left its postmaster.pid behind; no process has the folder open any more.
    expect(fs.existsSync(path.join(folder, 'postmaster.pid'))).toBe(true);
    expect(openElsewhere(folder)).toBe(false);
    await expect(runRetention({ root, env: env(), now: NOW, steps, load })).resolves.toMatchObject({ dryRun: false });
  });

  it('goes by postmaster.pid where it cannot see the files other processes hold', () => {
    const folder = path.join(root, 'elsewhere');
    fs.mkdirSync(folder, { recursive: true });
    expect(openElsewhere(folder, path.join(root, 'no-proc'))).toBe(false);
    fs.writeFileSync(path.join(folder, 'postmaster.pid'), '-42\n');
    expect(openElsewhere(folder, path.join(root, 'no-proc'))).toBe(true);
  });

  it('refuses a database that lacks migrations, changing nothing', async () => {
    fs.writeFileSync(path.join(root, 'services', 'beta', 'prisma', 'schema.prisma'), schema('  note String?\n'));
    await createServiceMigration({ root, service: 'beta', name: 'add_note', now: new Date('2026-02-01T00:00:00Z') });
    await expect(runRetention({ root, env: env(), now: NOW, steps, load })).rejects.toThrow(
      /beta lacks 20260201000000_add_note: run npm run db:migrate first/,
    );
    expect(calls).toEqual([]);
  });

  it('says per service what it did, in counts', () => {
    expect(describeOutcome({ service: 'beta', counts: { participants: 3, notes: 1 } }, true)).toBe(
      'beta: would change participants 3, notes 1',
    );
    expect(describeOutcome({ service: 'beta', counts: { participants: 0 } }, false)).toBe('beta: changed participants 0');
    expect(describeOutcome({ service: 'alpha', holds: 'no participant data' }, false)).toBe('alpha: holds no participant data');
  });
});
