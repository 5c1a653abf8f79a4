import type { GraphQLSchema } from 'graphql';

// type-graphql builds the root types itself and gives them no description; every subgraph gives them
// the same one here, so that composition keeps it and the schema lint finds every type described.
const ROOT_DESCRIPTIONS = {
  query: "What the graph lets a caller read. Each field says who may use it; anonymous callers run only the public directory's operations.",
  mutation: 'What the graph lets a caller change. Each mutation returns a payload with the objects as they are after the change.',
} as const;

export function describeRootTypes(schema: GraphQLSchema): void {
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  if (query) query.description ??= ROOT_DESCRIPTIONS.query;
  if (mutation) mutation.description ??= ROOT_DESCRIPTIONS.mutation;
}
