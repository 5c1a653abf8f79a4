import type { GraphQLSchema } from 'graphql';
import { resolvableEntities, staleRules, unruledCoordinates, type Policy } from '@cort/subgraph';

/**
 * What a service's completeness test compares, read from its schema: the entities it resolves references
 * of (its resolvable @key types), the coordinates that carry data but have no rule (root fields, fields
 * of or leading to personal types, references) and the rules for coordinates the schema no longer has.
 * A complete policy has the service's entities, nothing unruled and nothing stale.
 */
export const policyCompleteness = (schema: GraphQLSchema, policy: Policy) => ({
  entities: resolvableEntities(schema),
  unruled: unruledCoordinates(schema, policy),
  stale: staleRules(schema, policy),
});

/** The coordinates whose rule names a data category the policy does not declare (the access document lists categories). */
export const unknownCategories = (policy: Policy) =>
  Object.entries(policy.rules)
    .filter(([, rule]) => !policy.categories[rule.data])
    .map(([coordinate]) => coordinate);
