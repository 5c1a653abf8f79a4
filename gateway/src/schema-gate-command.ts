import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './composition';
import { apiSdlOf, judgeSchemaChange, reportVerdict } from './schema-gate';

export const BASELINE_HEADER =
  '# The API schema client teams build on: the baseline of `npm run schema:gate` (README, "Changing the schema").\n' +
  '# Recorded by `npm run schema:gate -- --accept` once a change is on main. Do not edit by hand.\n';

export interface SchemaGateOptions {
  rootDir?: string;
  /** The supergraph to judge; by default the committed gateway/supergraph.graphql. */
  supergraphFile?: string;
  baselineFile?: string;
  /** Compare with gateway/supergraph.graphql at this git revision instead of the baseline file. */
  base?: string;
  /** Record the current API schema as the baseline, unless it breaks a client of the baseline. */
  accept?: boolean;
  /** With accept: record it even then (a break every client team agreed to). */
  acceptBreaking?: boolean;
}

/** `npm run schema:gate`: the supergraph's API schema against the baseline clients build on. */
export async function runSchemaGate(options: SchemaGateOptions = {}): Promise<{ ok: boolean; lines: string[] }> {
  const rootDir = options.rootDir ?? REPO_ROOT;
  const baselineFile = options.baselineFile ?? path.join(rootDir, 'gateway', 'api-baseline.graphql');
  const supergraphFile = options.supergraphFile ?? path.join(rootDir, 'gateway', 'supergraph.graphql');
  const shown = (file: string) => path.relative(rootDir, file) || file;
  const accept = options.accept || options.acceptBreaking;
  if (accept && options.base) return { ok: false, lines: ['--accept records the baseline file; it cannot be combined with --base.'] };

  const current = apiSdlOf(fs.readFileSync(supergraphFile, 'utf8'));
  let baseline: { name: string; sdl: string };
  if (options.base) {
    const supergraph = gitShow(rootDir, options.base, 'gateway/supergraph.graphql');
    if (supergraph === undefined) return { ok: false, lines: [`gateway/supergraph.graphql does not exist at ${options.base}.`] };
    baseline = { name: `gateway/supergraph.graphql at ${options.base}`, sdl: apiSdlOf(supergraph) };
  } else if (fs.existsSync(baselineFile)) {
    baseline = { name: shown(baselineFile), sdl: fs.readFileSync(baselineFile, 'utf8') };
  } else if (accept) {
    fs.writeFileSync(baselineFile, baselineText(current));
    return { ok: true, lines: [`wrote ${shown(baselineFile)}, the first baseline`] };
  } else {
    return { ok: false, lines: [`${shown(baselineFile)} is missing: record the API schema on main with npm run schema:gate -- --accept.`] };
  }

  const { ok, lines, changes } = reportVerdict(await judgeSchemaChange(baseline.sdl, current), baseline.name);
  if (!accept) {
    if (ok && changes && !options.base)
      lines.push('Once this is on main and the client teams have it, record it: npm run schema:gate -- --accept.');
    return { ok, lines };
  }
  if (!ok && !options.acceptBreaking) return { ok: false, lines: [...lines, `${shown(baselineFile)} was left as it was.`] };
  const text = baselineText(current);
  if (fs.existsSync(baselineFile) && fs.readFileSync(baselineFile, 'utf8') === text)
    return { ok: true, lines: [`${shown(baselineFile)} is unchanged.`] };
  fs.writeFileSync(baselineFile, text);
  return { ok: true, lines: [...lines, `wrote ${shown(baselineFile)}`] };
}

const baselineText = (apiSdl: string) => `${BASELINE_HEADER}\n${apiSdl}\n`;

/** A file's text at a git revision, or undefined when the revision does not have it. */
function gitShow(rootDir: string, revision: string, file: string): string | undefined {
  try {
    return execFileSync('git', ['show', `${revision}:${file}`], { cwd: rootDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch {
    return undefined;
  }
}
