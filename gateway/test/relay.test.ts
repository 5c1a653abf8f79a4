import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSchema, isObjectType, parse, print, validate, visit, type GraphQLSchema } from 'graphql';
import { apiSdlOf } from '../src/schema-gate';
import { relayModule, relaySource, type RelayModule } from './relay-documents';

// The binary relay-compiler ships for this platform (its package's main export is the path).
const RELAY: string = require('relay-compiler');
const ROOT = path.resolve(__dirname, '..', '..');

/**
 * Relay's conventions: the Node interface's global id is `nodeId` (`id` stays the id that queries and
 * mutations take), and node(id:) is given it as `$nodeId`. A Relay client sets the same in its runtime
 * (its store keys records by nodeId).
 */
const RELAY_CONFIG = {
  src: './src',
  schema: './schema.graphql',
  language: 'typescript',
  artifactDirectory: './src/__generated__',
  customScalarTypes: { Date: 'string', DateTime: 'string', JSONObject: 'Record<string, unknown>' },
  schemaConfig: { nodeInterfaceIdField: 'nodeId', nodeInterfaceIdVariableName: 'nodeId' },
};

const apiSdl = apiSdlOf(fs.readFileSync(path.join(ROOT, 'gateway', 'supergraph.graphql'), 'utf8'));
const api = buildSchema(apiSdl);

/**
 * Every contract operation that validates against the graph. The contract also holds operations of
 * entities the graph does not have yet; each joins this check once it validates.
 */
function contractModules(schema: GraphQLSchema): RelayModule[] {
  const modules: RelayModule[] = [];
  for (const client of ['directory', 'web', 'mobile']) {
    for (const file of fs
      .readdirSync(path.join(ROOT, 'contract', client))
      .filter((f) => f.endsWith('.graphql'))
      .sort()) {
      const source = fs.readFileSync(path.join(ROOT, 'contract', client, file), 'utf8');
      if (validate(schema, parse(source)).length) continue;
      modules.push(relayModule(schema, `${client[0].toUpperCase()}${client.slice(1)}${path.basename(file, '.graphql')}`, source));
    }
  }
  return modules;
}

/** A refetchable fragment on every type that implements Node: node(id:) must refetch each of them. */
function everyNodeType(schema: GraphQLSchema): RelayModule {
  const types = Object.values(schema.getTypeMap()).filter((t) => isObjectType(t) && t.getInterfaces().some((i) => i.name === 'Node'));
  return {
    module: 'NodeTypes',
    definitions: types.map(
      (t) => `fragment NodeTypes_${t.name} on ${t.name} @refetchable(queryName: "NodeTypes${t.name}RefetchQuery") { id }`,
    ),
    connections: [],
    refetchableTypes: types.map((t) => t.name),
  };
}

/** Runs relay-compiler over the modules in a scratch folder; returns its exit status, output and artifacts. */
function compileWithRelay(schemaSdl: string, modules: RelayModule[]) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cort-relay-'));
  try {
    fs.writeFileSync(path.join(dir, 'schema.graphql'), schemaSdl);
    fs.writeFileSync(path.join(dir, 'relay.config.json'), JSON.stringify(RELAY_CONFIG, null, 2));
    fs.mkdirSync(path.join(dir, 'src', '__generated__'), { recursive: true });
    for (const module of modules) fs.writeFileSync(path.join(dir, 'src', `${module.module}.ts`), relaySource(module));
    const run = spawnSync(RELAY, [], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    const generated = path.join(dir, 'src', '__generated__');
    const artifacts = Object.fromEntries(
      fs.readdirSync(generated).map((file) => [file, fs.readFileSync(path.join(generated, file), 'utf8')]),
    );
    return { status: run.status, output: `${run.stdout}\n${run.stderr}`, artifacts };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('the API schema for Relay clients', () => {
  const modules = [...contractModules(api), everyNodeType(api)];

  it('is accepted by relay-compiler with @connection on the contract’s lists and @refetchable on its Node types', () => {
    const connections = modules.flatMap((m) => m.connections);
    expect(connections).toEqual(expect.arrayContaining(['publicOffer', 'activities']));
    const { status, output, artifacts } = compileWithRelay(apiSdl, modules);
    expect({ status, output }).toEqual({ status: 0, output: expect.stringContaining('Compilation completed') });

    // Each refetchable fragment got a refetch query through node(id: $nodeId).
    for (const module of modules) {
      for (const definition of module.definitions.filter((d) => d.includes('@refetchable'))) {
        const queryName = /queryName: "(\w+)"/.exec(definition)![1];
        expect(artifacts[`${queryName}.graphql.ts`]).toContain('node(id: $nodeId)');
      }
    }
    const contractTypes = new Set(modules.filter((m) => m.module !== 'NodeTypes').flatMap((m) => m.refetchableTypes));
    expect([...contractTypes].sort()).toEqual(expect.arrayContaining(['Activity', 'Organisation', 'Participant', 'Prison', 'Session']));
  });

  it('would be refused without a complete PageInfo: the check has teeth', () => {
    const withoutBackwardFields = visit(parse(apiSdl), {
      FieldDefinition: (field) => (['hasPreviousPage', 'startCursor'].includes(field.name.value) ? null : undefined),
    });
    const incomplete = print(withoutBackwardFields);
    expect(incomplete).not.toContain('hasPreviousPage');
    const { status, output } = compileWithRelay(incomplete, modules);
    expect(status).not.toBe(0);
    expect(output).toMatch(/hasPreviousPage|startCursor/);
  });
});
