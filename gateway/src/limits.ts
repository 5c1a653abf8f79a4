import { GraphQLError, Kind, type ASTVisitor, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext } from 'graphql';
import type { OperationLimits } from './config';

interface Measure {
  depth: number;
  fields: number;
}

/** Depth and field count of a selection set, fragments expanded; introspection is not counted. */
function measure(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, seen: ReadonlySet<string>): Measure {
  let depth = 0;
  let fields = 0;
  for (const selection of selectionSet.selections) {
    let inner: Measure = { depth: 0, fields: 0 };
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      if (selection.selectionSet) inner = measure(selection.selectionSet, fragments, seen);
      inner = { depth: inner.depth + 1, fields: inner.fields + 1 };
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      inner = measure(selection.selectionSet, fragments, seen);
    } else {
      const fragment = fragments.get(selection.name.value);
      // A cycle is reported by graphql's own NoFragmentCycles rule.
      if (!fragment || seen.has(fragment.name.value)) continue;
      inner = measure(fragment.selectionSet, fragments, new Set([...seen, fragment.name.value]));
    }
    depth = Math.max(depth, inner.depth);
    fields += inner.fields;
  }
  return { depth, fields };
}

/**
 * Refuses operations deeper or wider than the limits before anything is planned or sent to a subgraph
 * (a validation error, GRAPHQL_VALIDATION_FAILED). Paging sizes are each subgraph's to cap.
 */
export function operationLimitRule(limits: OperationLimits) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    return {
      OperationDefinition(operation) {
        const { depth, fields } = measure(operation.selectionSet, fragments, new Set());
        const name = operation.name ? `Operation ${operation.name.value}` : 'The operation';
        if (depth > limits.maxDepth) {
          context.reportError(
            new GraphQLError(`${name} is nested ${depth} levels deep; the limit is ${limits.maxDepth}.`, { nodes: [operation] }),
          );
        }
        if (fields > limits.maxFields) {
          context.reportError(
            new GraphQLError(`${name} selects ${fields} fields; the limit is ${limits.maxFields}.`, { nodes: [operation] }),
          );
        }
      },
    };
  };
}
