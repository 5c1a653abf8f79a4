import { Arg, ID, Query, Resolver } from 'type-graphql';
import { Node, nodeReferenceOf, type NodeReference } from '@cort/subgraph';
import { NODE_TYPES } from './node.type';

const TYPE_NAMES: ReadonlySet<string> = new Set(NODE_TYPES.map((type) => type.name));

/**
 * Relay's `node(id:)` for the whole graph. It reads nothing: it decodes the global id into a reference,
 * and the gateway completes it from the type's own subgraph (see node.type.ts).
 */
@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description:
      "Any object of the graph by its global id (its nodeId): Relay's refetch. Null when it does not exist or you may not see it (the object's own rules decide, as for its own query); an id that is not a nodeId is BAD_USER_INPUT.",
  })
  node(@Arg('id', () => ID, { description: 'The nodeId of the object, as the graph gave it out.' }) id: string): NodeReference {
    return nodeReferenceOf(id, TYPE_NAMES);
  }
}
