import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { graphql } from 'graphql';
import type { Caller } from '@cort/auth';
import { createTestDatabase } from '@cort/testing';
import { createContextFactory } from '../src/context';
import { PrismaClient } from '../src/generated/prisma/client';
import { buildSchema } from '../src/schema';
import { seedWorld } from './access-world';

/**
 * The organisations subgraph's schema executed in-process over a fresh, seeded test database (PGlite,
 * or PostgreSQL with TEST_DATABASE_URL), with the service's own context factory.
 */
export async function openWorld() {
  const db = await createTestDatabase('organisations', path.join(__dirname, '..', 'prisma', 'migrations'));
  const prisma = new PrismaClient({ adapter: db.adapter });
  await seedWorld(prisma);
  const schema = await buildSchema();
  const contextOf = createContextFactory(prisma);
  const send = (caller: Caller, source: string, variableValues: Record<string, unknown> = {}) =>
    graphql({ schema, source, variableValues, contextValue: contextOf({ caller, requestId: randomUUID() }) });
  return {
    prisma,
    send,
    async close() {
      await prisma.$disconnect();
      await db.drop();
    },
  };
}

export type World = Awaited<ReturnType<typeof openWorld>>;
