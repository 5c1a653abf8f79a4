import { randomUUID } from 'node:crypto';
import { graphql, type ExecutionResult, type GraphQLSchema } from 'graphql';
import type { Caller } from '@cort/auth';
import { createTestDatabase, type TestDatabase } from './database';

/** How to start one service in-process for its access tests: its database, its world, its schema and context. */
export interface SubgraphUnderTest<Client> {
  service: string;
  migrationsDir: string;
  /** The service's Prisma client over the test database. */
  client(adapter: TestDatabase['adapter']): Client;
  /** Writes the small world the properties run in. */
  seed(client: Client): Promise<void>;
  schema(): Promise<GraphQLSchema>;
  /** The service's own context factory, as its server builds it for each request. */
  contextOf(client: Client): (request: { caller: Caller; requestId: string }) => object;
}

/**
 * A subgraph's schema executed in-process over a fresh, seeded test database (PGlite, or PostgreSQL
 * with TEST_DATABASE_URL): `send` runs a document as a caller, with a context of the service's own.
 * Nothing of the HTTP server runs (its plugins, such as the audit trail, neither).
 */
export async function openSubgraphWorld<Client extends { $disconnect(): Promise<unknown> }>(subgraph: SubgraphUnderTest<Client>) {
  const db = await createTestDatabase(subgraph.service, subgraph.migrationsDir);
  const prisma = subgraph.client(db.adapter);
  await subgraph.seed(prisma);
  const schema = await subgraph.schema();
  const contextOf = subgraph.contextOf(prisma);
  const send = (caller: Caller, source: string, variableValues: Record<string, unknown> = {}): Promise<ExecutionResult> =>
    graphql({ schema, source, variableValues, contextValue: contextOf({ caller, requestId: randomUUID() }) });
  return {
    prisma,
    schema,
    send,
    async close() {
      await prisma.$disconnect();
      await db.drop();
    },
  };
}
