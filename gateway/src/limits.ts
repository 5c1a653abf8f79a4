import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  validate,
  valueFromASTUntyped,
  type ASTVisitor,
  type DocumentNode,
  type GraphQLSchema,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import type { GatewayContext } from './auth';

export interface OperationLimits {
  /** Deepest field nesting (introspection excepted). */
  maxDepth: number;
  maxAliases: number;
  /** Root fields, fragments expanded: each may fan out to every subgraph. */
  maxRootFields: number;
  maxDirectives: number;
  /** Static cost (GraphQL Armor's: objects 2, scalars 1, times 1.5 per level of depth). */
  maxCost: number;
}

export interface CallerLimits {
  user: OperationLimits;
  anonymous: OperationLimits;
  /** Tokens in the document, checked while parsing (the same for everyone: parsing comes first). */
  maxTokens: number;
}

/** The limits of the security issue: signed-in users may ask more than the anonymous directory. */
export const DEFAULT_LIMITS: CallerLimits = {
  user: { maxDepth: 8, maxAliases: 10, maxRootFields: 10, maxDirectives: 10, maxCost: 5000 },
  anonymous: { maxDepth: 5, maxAliases: 3, maxRootFields: 3, maxDirectives: 10, maxCost: 1500 },
  maxTokens: 1000,
};

/** Root fields of an operation, named and inline fragments expanded; a fragment cycle counts once. */
function countRootFields(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, seen: Set<string>): number {
  let count = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) count += selection.name.value === '__typename' ? 0 : 1;
    else if (selection.kind === Kind.INLINE_FRAGMENT) count += countRootFields(selection.selectionSet, fragments, seen);
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = fragments.get(selection.name.value);
      if (fragment) count += countRootFields(fragment.selectionSet, fragments, seen);
    }
  }
  return count;
}

function maxRootFieldsRule(max: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    return {
      OperationDefinition(operation) {
        const count = countRootFields(operation.selectionSet, fragments, new Set());
        if (count > max) context.reportError(new GraphQLError(`The operation asks for ${count} root fields; the limit is ${max}.`));
      },
    };
  };
}

/**
 * The rules for one kind of caller: GraphQL Armor's (maintained, fragment-aware, cycle-safe) for depth,
 * aliases, directives and cost; our own for root fields, which Armor does not count.
 */
export function limitRules(limits: OperationLimits): ValidationRule[] {
  // Report as validation errors (Armor throws by default), without Armor's misleading "Syntax Error: ".
  const report = {
    exposeLimits: true,
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) =>
        context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''))),
    ],
  };
  return [
    maxDepthRule({ n: limits.maxDepth, ignoreIntrospection: true, flattenFragments: true, ...report }),
    maxAliasesRule({ n: limits.maxAliases, ...report }),
    maxDirectivesRule({ n: limits.maxDirectives, ...report }),
    costLimitRule({ maxCost: limits.maxCost, ignoreIntrospection: true, flattenFragments: true, ...report }),
    maxRootFieldsRule(limits.maxRootFields),
  ] as ValidationRule[];
}

/** The largest page any list of the graph gives (the subgraphs' `pageOf` checks it too). */
export const MAX_PAGE_SIZE = 100;

/**
 * The first `first` argument of the operation outside 0..100, as the request would run it: a literal, or
 * a variable's value, or its default when the request gives none. Fragments are followed once each.
 * Values that are not numbers are left to graphql's own coercion.
 */
export function pageSizeOutOfRange(
  operation: OperationDefinitionNode,
  document: DocumentNode,
  variables: Readonly<Record<string, unknown>> = {},
): number | undefined {
  const values: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (variables[name] !== undefined) values[name] = variables[name];
    else if (definition.defaultValue) values[name] = valueFromASTUntyped(definition.defaultValue);
  }
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const seen = new Set<string>();
  const visit = (selectionSet: SelectionSetNode): number | undefined => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        if (seen.has(selection.name.value) || !fragment) continue;
        seen.add(selection.name.value);
        const found = visit(fragment.selectionSet);
        if (found !== undefined) return found;
        continue;
      }
      if (selection.kind === Kind.FIELD) {
        const argument = selection.arguments?.find(({ name }) => name.value === 'first');
        const value = argument && valueFromASTUntyped(argument.value, values);
        if (typeof value === 'number' && (value < 0 || value > MAX_PAGE_SIZE)) return value;
      }
      const found = selection.selectionSet && visit(selection.selectionSet);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  return visit(operation.selectionSet);
}

/**
 * Checks the operation against the caller's limits once the caller is known and the document parsed
 * and validated, before any query plan runs: a refused operation costs no subgraph call. Answered 400
 * with GRAPHQL_VALIDATION_FAILED, as graphql's own validation errors are.
 */
export function operationLimitsPlugin(limits: CallerLimits): ApolloServerPlugin<GatewayContext> {
  const rules = { user: limitRules(limits.user), anonymous: limitRules(limits.anonymous) };
  // Apollo keeps one parsed document per query text, so a verdict is worked out once per text and kind of caller.
  const verdicts = { user: new WeakMap<DocumentNode, string | null>(), anonymous: new WeakMap<DocumentNode, string | null>() };
  const verdictOf = (kind: 'user' | 'anonymous', document: DocumentNode, schema: GraphQLSchema) => {
    if (!verdicts[kind].has(document)) {
      const errors = validate(schema, document, rules[kind]);
      verdicts[kind].set(document, errors.length ? errors.map((error) => error.message).join(' ') : null);
    }
    return verdicts[kind].get(document)!;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, document, schema, operation, request }) {
          const refusal = verdictOf(contextValue.caller.kind === 'anonymous' ? 'anonymous' : 'user', document, schema);
          if (refusal) throw new GraphQLError(refusal, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } });
          // Per request: a variable decides it. Refused here, so no subgraph is asked for a page it would refuse.
          const first = operation && pageSizeOutOfRange(operation, document, request.variables);
          if (first !== undefined) {
            throw new GraphQLError(`first must be between 0 and ${MAX_PAGE_SIZE}; this operation asks for ${first}.`, {
              extensions: { code: 'BAD_USER_INPUT', field: 'first', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
