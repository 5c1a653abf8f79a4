import 'reflect-metadata';
import { Directive, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { badUserInput } from './errors';

/**
 * Where a page is in its list, as Relay's connection spec has it. Lists page forward only (`first`,
 * `after`); hasPreviousPage and startCursor are there for clients (the Relay compiler requires them).
 * Shared by every subgraph that returns lists, hence @shareable.
 */
@Directive('@shareable')
@ObjectType({
  description: 'Where a page is in its list: whether items come after it or before it, and the cursors of its first and last item.',
})
export class PageInfo {
  @Field(() => Boolean, { description: 'True when items follow this page: ask for them with `after: endCursor`.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'The cursor of the last item of this page; null when the page is empty.' })
  endCursor!: string | null;

  @Field(() => Boolean, {
    description: 'True when this page was asked for with `after` and items precede it. Lists page forward only, with `first` and `after`.',
  })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'The cursor of the first item of this page; null when the page is empty.' })
  startCursor!: string | null;
}

export interface ConnectionShape<T> {
  totalCount: number;
  pageInfo: PageInfo;
  edges: { cursor: string; node: T }[];
}

/**
 * A Relay-style connection type named `<name>Connection` with `<name>Edge` edges; `items` is the plural
 * its descriptions use ("activities", "participants").
 */
export function Connection<T extends object>(name: string, nodeType: ClassType<T>, items: string) {
  @ObjectType(`${name}Edge`, { description: `One of the ${items} of a page, with its position in the list.` })
  class Edge {
    @Field(() => String, { description: 'Opaque position of this item: pass it as `after` to get the items that follow it.' })
    cursor!: string;

    @Field(() => nodeType, { description: `One of the ${items}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `One page of ${items}, in the list's order, and how to get the next page.` })
  class ConnectionType implements ConnectionShape<T> {
    @Field(() => Int, { description: `How many ${items} the whole list holds, over every page.` })
    totalCount!: number;

    @Field(() => PageInfo, { description: 'Whether more pages follow, and the cursors to ask for them with.' })
    pageInfo!: PageInfo;

    @Field(() => [Edge], { description: `The ${items} of this page, in order, each with its cursor.` })
    edges!: Edge[];
  }
  return ConnectionType;
}

export const MAX_PAGE_SIZE = 100;

export interface Page {
  offset: number;
  limit: number;
}

// Cursors are opaque to clients; they carry the position after which the next page starts.
const encodeCursor = (position: number) => Buffer.from(`p:${position}`, 'utf8').toString('base64url');

function decodeCursor(cursor: string): number {
  const match = /^p:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw badUserInput('The cursor is not one this list gave out.', 'after');
  return Number(match[1]);
}

/** Checks `first` (1..100) and `after`, the same way on every list of every subgraph. */
export function pageOf(first: number | null | undefined, after: string | null | undefined, defaultSize = 20): Page {
  const limit = first ?? defaultSize;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw badUserInput(`first must be between 1 and ${MAX_PAGE_SIZE}.`, 'first');
  }
  return { offset: after ? decodeCursor(after) + 1 : 0, limit };
}

export function connectionOf<T>(nodes: T[], totalCount: number, page: Page): ConnectionShape<T> {
  const edges = nodes.map((node, index) => ({ cursor: encodeCursor(page.offset + index), node }));
  return {
    totalCount,
    pageInfo: {
      hasNextPage: page.offset + nodes.length < totalCount,
      endCursor: edges.length ? edges[edges.length - 1].cursor : null,
      // Only `after` moves the offset past 0; items precede the page if the list is not empty (it may
      // have shrunk since the cursor was handed out, but what is left still comes before).
      hasPreviousPage: page.offset > 0 && totalCount > 0,
      startCursor: edges.length ? edges[0].cursor : null,
    },
    edges,
  };
}
