import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  DEFAULT_SUBGRAPHS_CONFIG,
  DEFAULT_SUPERGRAPH_PATH,
  REPO_ROOT,
  composeSupergraph,
  readSubgraphsConfig,
  runCompose,
} from '../src/composition';
import { ACTIVITIES_SDL, ORGANISATIONS_SDL } from './graph';

describe('composition', () => {
  let root: string;
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  };
  const subgraphs = [
    { name: 'activities', url: 'http://127.0.0.1:4001/graphql', schema: 'services/activities/schema.graphql' },
    { name: 'organisations', url: 'http://127.0.0.1:4002/graphql', schema: 'services/organisations/schema.graphql' },
  ];
  const options = () => ({ rootDir: root, outputFile: path.join(root, 'gateway', 'supergraph.graphql') });

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'cort-compose-'));
    write('infra/subgraphs.json', JSON.stringify(subgraphs));
    write('services/activities/schema.graphql', ACTIVITIES_SDL);
    write('services/organisations/schema.graphql', ORGANISATIONS_SDL);
    fs.mkdirSync(path.join(root, 'gateway'));
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('writes a supergraph naming each subgraph and its URL, and --check then passes', () => {
    expect(runCompose({ ...options(), check: true })).toMatchObject({ ok: false, messages: [expect.stringMatching(/missing/)] });
    expect(runCompose(options())).toMatchObject({ ok: true, messages: ['wrote gateway/supergraph.graphql'] });
    const supergraph = fs.readFileSync(options().outputFile, 'utf8');
    expect(supergraph).toMatch(/ACTIVITIES @join__graph\(name: "activities", url: "http:\/\/127.0.0.1:4001\/graphql"\)/);
    expect(supergraph).toMatch(/ORGANISATIONS @join__graph\(name: "organisations"/);
    expect(runCompose({ ...options(), check: true })).toMatchObject({ ok: true });
    expect(runCompose(options())).toMatchObject({ ok: true, messages: ['gateway/supergraph.graphql is unchanged.'] });
  });

  it('--check fails when a schema.graphql changed since the supergraph was composed, and writes nothing', () => {
    runCompose(options());
    const before = fs.readFileSync(options().outputFile, 'utf8');
    write('services/organisations/schema.graphql', ORGANISATIONS_SDL.replace('name: String!', 'name: String!\n  kind: String'));
    expect(runCompose({ ...options(), check: true })).toMatchObject({
      ok: false,
      messages: [expect.stringMatching(/stale: run npm run compose/)],
    });
    expect(fs.readFileSync(options().outputFile, 'utf8')).toBe(before);
  });

  it('a new entry in infra/subgraphs.json adds a subgraph', () => {
    write(
      'partners/klasbak/schema.graphql',
      `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
type Query { courses: [String!]! }`,
    );
    write(
      'infra/subgraphs.json',
      JSON.stringify([
        ...subgraphs,
        { name: 'klasbak', url: 'https://klasbak.example/graphql', schema: 'partners/klasbak/schema.graphql' },
      ]),
    );
    expect(runCompose(options()).ok).toBe(true);
    expect(fs.readFileSync(options().outputFile, 'utf8')).toMatch(/courses: \[String!\]! @join__field\(graph: KLASBAK\)/);
  });

  it('reports composition errors', () => {
    write('services/organisations/schema.graphql', ORGANISATIONS_SDL.replace('type Query {', 'type Query { prisons: [Int!]!'));
    const result = runCompose(options());
    expect(result.ok).toBe(false);
    expect(result.messages[0]).toBe('Composition failed:');
    expect(result.messages.join('\n')).toMatch(/prisons/);
    expect(fs.existsSync(options().outputFile)).toBe(false);
  });

  it('reports a missing schema file and an unparsable one', () => {
    fs.rmSync(path.join(root, 'services/organisations/schema.graphql'));
    expect(runCompose(options()).messages.join('\n')).toMatch(/organisations: services\/organisations\/schema.graphql does not exist/);
    expect(composeSupergraph([{ name: 'broken', url: 'http://x/graphql', sdl: 'type Query {' }])).toEqual({
      errors: [expect.stringMatching(/^broken: Syntax Error/)],
    });
  });

  it.each([
    ['not an array', {}],
    ['a bad name', [{ name: 'Bad Name', url: 'http://x/graphql', schema: 'x' }]],
    ['a duplicate name', [subgraphs[0], subgraphs[0]]],
    ['a bad URL', [{ ...subgraphs[0], url: 'localhost:4001' }]],
    ['no schema', [{ name: 'x', url: 'http://x/graphql' }]],
    ['calls that are not a list', [{ ...subgraphs[0], calls: 'organisations' }]],
    ['a call to itself', [{ ...subgraphs[0], calls: [subgraphs[0].name] }]],
    ['a call to a subgraph not in the file', [{ ...subgraphs[0], calls: ['elsewhere'] }]],
  ])('refuses a config with %s', (_case, config) => {
    write('infra/subgraphs.json', JSON.stringify(config));
    expect(() => readSubgraphsConfig(path.join(root, 'infra/subgraphs.json'))).toThrow();
  });
});

describe("the repository's composition config", () => {
  const entries = readSubgraphsConfig(DEFAULT_SUBGRAPHS_CONFIG);

  it('lists the subgraphs of the graph', () => {
    expect(entries.map((entry) => entry.name)).toEqual(expect.arrayContaining(['activities', 'organisations']));
  });

  // The schema files are written by `npm run compose` from each service's code; once they exist the
  // committed supergraph must match them (CI runs `node infra/compose.js --check` as well).
  const composable = entries.every((entry) => fs.existsSync(path.join(REPO_ROOT, entry.schema)));
  (composable ? it : it.skip)('composes, and gateway/supergraph.graphql is current', () => {
    expect(runCompose({ check: true, outputFile: DEFAULT_SUPERGRAPH_PATH })).toMatchObject({ ok: true });
  });
});
