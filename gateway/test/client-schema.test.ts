import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, Kind, parse, type GraphQLInterfaceType, type GraphQLScalarType, type ObjectTypeDefinitionNode } from 'graphql';
import { composeFromConfig, readSubgraphsConfig } from '../src/composition';
import { apiSdlOf } from '../src/schema-gate';

const ROOT = path.resolve(__dirname, '..', '..');
const supergraphSdl = fs.readFileSync(path.join(ROOT, 'gateway', 'supergraph.graphql'), 'utf8');
const api = buildSchema(apiSdlOf(supergraphSdl));

/**
 * Entities that are not Nodes, each with the reason: they are computed on request, not objects a client
 * keeps and refetches (ask their query again).
 */
const NOT_NODES: Record<string, string> = {
  ParticipantDataExport: 'generated (and audited) per request by participantDataExport',
};

/** The object types some subgraph resolves by key: the entities a client can be handed. */
function entities(): string[] {
  return parse(supergraphSdl)
    .definitions.filter((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION)
    .filter((type) =>
      (type.directives ?? []).some(
        (directive) =>
          directive.name.value === 'join__type' &&
          directive.arguments?.some((a) => a.name.value === 'key') &&
          !directive.arguments?.some((a) => a.name.value === 'resolvable' && a.value.kind === Kind.BOOLEAN && !a.value.value),
      ),
    )
    .map((type) => type.name.value);
}

describe('the API schema as client teams expect it', () => {
  it('gives Date and DateTime their specification (@specifiedBy)', () => {
    for (const name of ['Date', 'DateTime']) {
      expect((api.getType(name) as GraphQLScalarType).specifiedByURL).toBe('https://www.rfc-editor.org/rfc/rfc3339#section-5.6');
    }
  });

  it('makes every entity a Node, but those computed per request', () => {
    const nodes = entities().filter((name) => !(name in NOT_NODES));
    expect(nodes).toEqual(expect.arrayContaining(['Prison', 'Activity', 'Session', 'Organisation', 'Person', 'Participant']));
    const implementations = api.getImplementations(api.getType('Node') as GraphQLInterfaceType).objects.map((type) => type.name);
    expect(implementations).toEqual(expect.arrayContaining(nodes));
    expect(api.getQueryType()!.getFields().node.type.toString()).toBe('Node');
  });

  it('composes without two subgraphs describing the same type or field differently', () => {
    const outcome = composeFromConfig(readSubgraphsConfig());
    if (outcome.errors) throw new Error(outcome.errors.join('\n'));
    expect(outcome.hints.filter((hint) => hint.includes('INCONSISTENT_DESCRIPTION'))).toEqual([]);
  });
});
