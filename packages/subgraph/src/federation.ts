import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap, type BuildSchemaOptions } from 'type-graphql';
import { enforceFieldPolicy, guardReferences, type AuditSubjects } from './enforce';
import type { Policy } from './policy';
import { describeRootTypes } from './root-types';

/** The federation 2 directives our subgraphs may use; one list so every service links the same spec. */
const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible"])';

export type ReferenceResolvers = Record<string, { __resolveReference: (reference: any, context: any, info: any) => unknown }>;

/**
 * type-graphql builds the executable schema; @apollo/subgraph turns its SDL into a subgraph schema
 * (adds _service, _entities, the directives). The resolvers of the first are carried over with
 * createResolversMap, and entity reference resolvers are added by type name. The service's policy is then
 * put in front of every root field, personal field and reference resolver (enforce.ts).
 */
export async function buildFederatedSchema(
  options: Omit<BuildSchemaOptions, 'skipCheck'>,
  referenceResolvers: ReferenceResolvers,
  // Required: a subgraph built with this kit has a policy, and what it has no rule for is refused.
  access: { policy: Policy; auditSubjects?: AuditSubjects },
): Promise<GraphQLSchema> {
  const schema = await buildSchema({ ...options, skipCheck: true, validate: false });
  describeRootTypes(schema);
  const resolvers = createResolversMap(schema) as Record<string, any>;
  const references = guardReferences(referenceResolvers, access.policy);
  for (const [typeName, reference] of Object.entries(references)) {
    resolvers[typeName] = { ...(resolvers[typeName] ?? {}), ...reference };
  }
  const typeDefs = parse(`${FEDERATION_LINK}\n\n${printSchemaWithDirectives(schema)}`);
  const subgraph = buildSubgraphSchema({ typeDefs, resolvers: resolvers as GraphQLResolverMap<unknown> });
  enforceFieldPolicy(subgraph, access.policy, access.auditSubjects);
  return subgraph;
}

/** The SDL the service commits as schema.graphql: the input of composition. */
export function printSubgraphSdl(schema: GraphQLSchema): string {
  return `${printSubgraphSchema(schema).trim()}\n`;
}
