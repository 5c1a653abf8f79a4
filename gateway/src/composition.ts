import fs from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';

/** The repository root (gateway/{src,dist}/ → ../..). */
export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const DEFAULT_SUBGRAPHS_CONFIG = path.join(REPO_ROOT, 'infra', 'subgraphs.json');
export const DEFAULT_SUPERGRAPH_PATH = path.join(REPO_ROOT, 'gateway', 'supergraph.graphql');

/**
 * One entry of infra/subgraphs.json: a subgraph's name (the internal token's audience), URL and committed
 * SDL, which is all composition and routing need. A service of this repository also names its package:
 * `npm start`, the tests and the bench start it from that package; a partner's subgraph run elsewhere
 * (any language) has none and is composed and routed to only.
 */
export interface SubgraphEntry {
  name: string;
  url: string;
  /** Path of the committed schema.graphql, relative to the repository root. */
  schema: string;
  /** The workspace package (e.g. "@cort/activities") whose entry exports createServer and loadConfig. */
  package?: string;
  /**
   * `npm run retention`'s decision for the service's database: the built module (relative to the
   * repository) exporting its step, or null when it holds no participant data. Absent: not decided yet,
   * and the command refuses to run while the service has a database.
   */
  retention?: string | null;
  /**
   * The other subgraphs this one sends requests to (their event feeds, service-to-service GraphQL): the
   * deployment lets exactly these reach them (infra/kubernetes). Names of entries of the same file.
   */
  calls?: string[];
}

const NAME = /^[a-z][a-z0-9_-]{0,39}$/;

/** Reads and checks the composition config; a partner adds a subgraph by adding one entry. */
export function readSubgraphsConfig(file: string = DEFAULT_SUBGRAPHS_CONFIG): SubgraphEntry[] {
  const entries: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (!Array.isArray(entries) || entries.length === 0) throw new Error(`${file} must be a non-empty array of subgraphs.`);
  const names = new Set<string>();
  const parsed = entries.map((entry: Partial<SubgraphEntry>, index) => {
    const where = `${path.basename(file)} entry ${index}`;
    if (typeof entry?.name !== 'string' || !NAME.test(entry.name))
      throw new Error(`${where}: "name" must be lower-case letters, digits, - or _.`);
    if (names.has(entry.name)) throw new Error(`${where}: the name ${entry.name} is used twice.`);
    names.add(entry.name);
    if (typeof entry.url !== 'string' || !/^https?:\/\//.test(entry.url)) throw new Error(`${where}: "url" must be an http(s) URL.`);
    if (typeof entry.schema !== 'string' || !entry.schema) throw new Error(`${where}: "schema" must be the path of its schema.graphql.`);
    if (entry.package !== undefined && (typeof entry.package !== 'string' || !entry.package))
      throw new Error(`${where}: "package" must be the name of the service's workspace package.`);
    if (entry.retention !== undefined && entry.retention !== null && (typeof entry.retention !== 'string' || !entry.retention))
      throw new Error(`${where}: "retention" must be the path of the built module exporting its step, or null.`);
    if (
      entry.calls !== undefined &&
      (!Array.isArray(entry.calls) || entry.calls.some((name) => typeof name !== 'string' || name === entry.name))
    )
      throw new Error(`${where}: "calls" must list the names of the other subgraphs it sends requests to.`);
    return {
      name: entry.name,
      url: entry.url,
      schema: entry.schema,
      ...(entry.package !== undefined && { package: entry.package }),
      ...(entry.retention !== undefined && { retention: entry.retention }),
      ...(entry.calls !== undefined && { calls: entry.calls }),
    };
  });
  for (const entry of parsed)
    for (const called of entry.calls ?? [])
      if (!names.has(called))
        throw new Error(`${path.basename(file)}: ${entry.name} calls ${called}, which is not a subgraph of the file.`);
  return parsed;
}

/** The environment variable that overrides a subgraph's URL: activities → ACTIVITIES_URL. */
export const urlVariable = (name: string) => `${name.toUpperCase().replace(/-/g, '_')}_URL`;

export interface SubgraphSource {
  name: string;
  url: string;
  sdl: string;
}

export type CompositionOutcome =
  { supergraphSdl: string; hints: string[]; errors?: undefined } | { errors: string[]; supergraphSdl?: undefined };

export const SUPERGRAPH_HEADER =
  "# Composed by `npm run compose` from infra/subgraphs.json and each subgraph's schema.graphql. Do not edit.\n";

/** Composes subgraph SDLs into a supergraph with @apollo/composition; errors name the subgraph at fault. */
export function composeSupergraph(subgraphs: SubgraphSource[]): CompositionOutcome {
  const errors: string[] = [];
  const services = subgraphs.flatMap(({ name, url, sdl }) => {
    try {
      return [{ name, url, typeDefs: parse(sdl) }];
    } catch (error) {
      errors.push(`${name}: ${(error as Error).message}`);
      return [];
    }
  });
  if (errors.length) return { errors };
  const result = composeServices(services);
  if (result.errors) return { errors: result.errors.map((error) => error.message) };
  return { supergraphSdl: `${SUPERGRAPH_HEADER}${result.supergraphSdl}\n`, hints: result.hints.map((hint) => hint.toString()) };
}

/** Reads each entry's committed schema.graphql and composes them. */
export function composeFromConfig(entries: SubgraphEntry[], rootDir: string = REPO_ROOT): CompositionOutcome {
  const missing = entries.filter((entry) => !fs.existsSync(path.resolve(rootDir, entry.schema)));
  if (missing.length)
    return {
      errors: missing.map(
        (entry) =>
          `${entry.name}: ${entry.schema} does not exist (npm run compose writes it from the service's code; a partner commits its own).`,
      ),
    };
  return composeSupergraph(
    entries.map((entry) => ({ name: entry.name, url: entry.url, sdl: fs.readFileSync(path.resolve(rootDir, entry.schema), 'utf8') })),
  );
}

export interface ComposeCommandOptions {
  configFile?: string;
  rootDir?: string;
  outputFile?: string;
  /** Write nothing; fail when the file on disk differs from a fresh composition. */
  check?: boolean;
}

export interface ComposeCommandResult {
  ok: boolean;
  /** What to print: errors (ok = false) or what was done. */
  messages: string[];
  hints: string[];
}

/** `npm run compose` and `node infra/compose.js --check`. */
export function runCompose(options: ComposeCommandOptions = {}): ComposeCommandResult {
  const rootDir = options.rootDir ?? REPO_ROOT;
  const outputFile = options.outputFile ?? DEFAULT_SUPERGRAPH_PATH;
  const shown = path.relative(rootDir, outputFile) || outputFile;
  let outcome: CompositionOutcome;
  try {
    outcome = composeFromConfig(readSubgraphsConfig(options.configFile ?? path.join(rootDir, 'infra', 'subgraphs.json')), rootDir);
  } catch (error) {
    return { ok: false, messages: [(error as Error).message], hints: [] };
  }
  if (outcome.errors) return { ok: false, messages: ['Composition failed:', ...outcome.errors.map((error) => `  ${error}`)], hints: [] };
  const current = fs.existsSync(outputFile) ? fs.readFileSync(outputFile, 'utf8') : undefined;
  if (options.check) {
    if (current === outcome.supergraphSdl) return { ok: true, messages: [`${shown} is current.`], hints: outcome.hints };
    return {
      ok: false,
      messages: [`${shown} is ${current === undefined ? 'missing' : 'stale'}: run npm run compose and commit it.`],
      hints: outcome.hints,
    };
  }
  if (current === outcome.supergraphSdl) return { ok: true, messages: [`${shown} is unchanged.`], hints: outcome.hints };
  fs.writeFileSync(outputFile, outcome.supergraphSdl);
  return { ok: true, messages: [`wrote ${shown}`], hints: outcome.hints };
}
