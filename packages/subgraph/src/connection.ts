import 'reflect-metadata';
import { Directive, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { badUserInput } from './errors';

/** Shared by every subgraph that returns lists, hence @shareable. */
@Directive('@shareable')
@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface ConnectionShape<T> {
  totalCount: number;
  pageInfo: PageInfo;
  edges: { cursor: string; node: T }[];
}

/** A Relay-style connection type named `<name>Connection` with `<name>Edge` edges. */
export function Connection<T extends object>(name: string, nodeType: ClassType<T>) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String)
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType implements ConnectionShape<T> {
    @Field(() => Int)
    totalCount!: number;

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => [Edge])
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
    },
    edges,
  };
}
