import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BASELINE_HEADER, runSchemaGate } from './schema-gate-command';

const SUPERGRAPH = fs.readFileSync(path.join(__dirname, '..', 'supergraph.graphql'), 'utf8');
/** The committed supergraph without Activity.screeningRequired (and its description, if any). */
const WITHOUT_FIELD = SUPERGRAPH.replace(/^( {2}"""[^\n]*"""\n)? {2}screeningRequired: Boolean! [^\n]*\n/m, '');

describe('npm run schema:gate', () => {
  let root: string;
  const file = (name: string) => path.join(root, 'gateway', name);
  const writeSupergraph = (text: string) => fs.writeFileSync(file('supergraph.graphql'), text);

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'cort-schema-gate-'));
    fs.mkdirSync(path.join(root, 'gateway'));
    writeSupergraph(SUPERGRAPH);
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('asks for a baseline when there is none, and --accept records one that then passes', async () => {
    expect(await runSchemaGate({ rootDir: root })).toEqual({
      ok: false,
      lines: ['gateway/api-baseline.graphql is missing: record the API schema on main with npm run schema:gate -- --accept.'],
    });
    expect(await runSchemaGate({ rootDir: root, accept: true })).toEqual({
      ok: true,
      lines: ['wrote gateway/api-baseline.graphql, the first baseline'],
    });
    const baseline = fs.readFileSync(file('api-baseline.graphql'), 'utf8');
    expect(baseline.startsWith(`${BASELINE_HEADER}\n`)).toBe(true);
    expect(baseline).toContain('\ntype Query {\n');
    expect(await runSchemaGate({ rootDir: root })).toEqual({
      ok: true,
      lines: ['The API schema is the same as gateway/api-baseline.graphql.'],
    });
    expect(await runSchemaGate({ rootDir: root, accept: true })).toEqual({
      ok: true,
      lines: ['gateway/api-baseline.graphql is unchanged.'],
    });
  });

  it('fails a breaking change, refuses to record it, and records it only when told it was agreed', async () => {
    await runSchemaGate({ rootDir: root, accept: true });
    const recorded = fs.readFileSync(file('api-baseline.graphql'), 'utf8');
    expect(WITHOUT_FIELD).not.toBe(SUPERGRAPH);
    writeSupergraph(WITHOUT_FIELD);

    const gate = await runSchemaGate({ rootDir: root });
    expect(gate.ok).toBe(false);
    expect(gate.lines[0]).toBe("BREAKING  Activity.screeningRequired: Field 'screeningRequired' was removed from object type 'Activity'");

    const refused = await runSchemaGate({ rootDir: root, accept: true });
    expect(refused).toMatchObject({ ok: false, lines: expect.arrayContaining(['gateway/api-baseline.graphql was left as it was.']) });
    expect(fs.readFileSync(file('api-baseline.graphql'), 'utf8')).toBe(recorded);

    expect(await runSchemaGate({ rootDir: root, acceptBreaking: true })).toMatchObject({ ok: true });
    expect(await runSchemaGate({ rootDir: root })).toMatchObject({ ok: true });
  });

  it('judges another supergraph file, and says to record safe changes once they are on main', async () => {
    await runSchemaGate({ rootDir: root, accept: true });
    const trial = path.join(root, 'trial.graphql');
    fs.writeFileSync(trial, WITHOUT_FIELD);
    expect(await runSchemaGate({ rootDir: root, supergraphFile: trial })).toMatchObject({ ok: false });

    writeSupergraph(WITHOUT_FIELD);
    await runSchemaGate({ rootDir: root, acceptBreaking: true });
    fs.writeFileSync(trial, SUPERGRAPH);
    const added = await runSchemaGate({ rootDir: root, supergraphFile: trial });
    expect(added).toMatchObject({ ok: true });
    expect(added.lines.at(-1)).toBe('Once this is on main and the client teams have it, record it: npm run schema:gate -- --accept.');
  });

  it('compares with the supergraph of a git revision when given --base', async () => {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: 'ignore' });
    git('init', '-q');
    git('add', 'gateway/supergraph.graphql');
    git('-c', 'user.name=test', '-c', 'user.email=test@example.invalid', 'commit', '-q', '-m', 'main');
    writeSupergraph(WITHOUT_FIELD);

    const gate = await runSchemaGate({ rootDir: root, base: 'HEAD' });
    expect(gate.ok).toBe(false);
    expect(gate.lines.at(-2)).toMatch(/against gateway\/supergraph\.graphql at HEAD of coordinates that were never deprecated/);
    expect(await runSchemaGate({ rootDir: root, base: 'no-such-revision' })).toEqual({
      ok: false,
      lines: ['gateway/supergraph.graphql does not exist at no-such-revision.'],
    });
    expect(await runSchemaGate({ rootDir: root, base: 'HEAD', accept: true })).toMatchObject({ ok: false });
  });
});
