import 'reflect-metadata';
import type { GraphQLResolveInfo } from 'graphql';
import { Field, ID, Info, InterfaceType } from 'type-graphql';
import { badUserInput } from './errors';

/**
 * Relay's object identification over a federated graph, without changing any `id`: the ids clients
 * already pass to queries and mutations stay (a prison's code, UUIDs), and each Node type adds a
 * separate global id, `nodeId`, that says its type too. Every subgraph computes it the same way, here.
 * One subgraph answers `node(id:)`: it decodes the type and returns a reference that the gateway
 * completes from the type's own subgraph, whose reference resolver and policy decide what is shown.
 */

/** `nodeId`'s description, the same in every subgraph that declares the field. */
export const NODE_ID_DESCRIPTION =
  "Global id of this object, unique across every type of the graph: give it to `node(id:)` to fetch the object again (Relay's refetch). Opaque; queries and mutations take `id`, not this.";

const TYPE_NAME = /^[A-Z][A-Za-z0-9]*$/;

/** The global id of an object: base64url of `Type:id`, so it is URL-safe and says which type to ask. */
export function toNodeId(typeName: string, id: string): string {
  return Buffer.from(`${typeName}:${id}`, 'utf8').toString('base64url');
}

/** The type and id a global id stands for; null when it is not one `toNodeId` gives out. */
export function fromNodeId(nodeId: string): { typeName: string; id: string } | null {
  const text = Buffer.from(nodeId, 'base64url').toString('utf8');
  const colon = text.indexOf(':');
  if (colon < 0) return null;
  const typeName = text.slice(0, colon);
  const id = text.slice(colon + 1);
  if (!TYPE_NAME.test(typeName) || !id) return null;
  // Node's base64url decoder skips what is not base64url: only the one canonical spelling is accepted.
  return toNodeId(typeName, id) === nodeId ? { typeName, id } : null;
}

/**
 * The Node interface. An entity type implements it with `@ObjectType({ implements: Node })` and gets
 * `nodeId`, resolved here from the GraphQL type's name and the object's `id`. Implementations are not
 * registered automatically: each service's schema holds only its own types, even where several
 * services' classes share a process (the end-to-end tests).
 */
@InterfaceType('Node', {
  description:
    "An object that can be fetched again by its global id alone, with `node(id:)`: Relay's Node interface. Every entity a client can fetch by id implements it.",
  autoRegisterImplementations: false,
  resolveType: (value: { __typename?: string }) => value.__typename,
})
export abstract class Node {
  @Field(() => ID, { description: 'Its id within its type: the one the queries and mutations of that type take.' })
  id!: string;

  @Field(() => ID, { description: NODE_ID_DESCRIPTION })
  nodeId(@Info() info: GraphQLResolveInfo): string {
    return toNodeId(info.parentType.name, this.id);
  }
}

/** What `node(id:)` returns: a reference to an object of another subgraph, completed by the gateway. */
export interface NodeReference {
  __typename: string;
  id: string;
}

/**
 * The reference a global id stands for, among the types `node(id:)` can return. An id that is not a
 * global id of one of them is a client's mistake (BAD_USER_INPUT); whether the object exists, and
 * whether the caller may see it, is for its own subgraph to say.
 */
export function nodeReferenceOf(nodeId: string, typeNames: ReadonlySet<string>): NodeReference {
  const decoded = fromNodeId(nodeId);
  if (!decoded || !typeNames.has(decoded.typeName)) {
    throw badUserInput('This is not a global id of the graph: pass the `nodeId` of an object.', 'id');
  }
  return { __typename: decoded.typeName, id: decoded.id };
}
