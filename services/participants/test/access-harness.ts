import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { graphql } from 'graphql';
import type { Caller } from '@cort/auth';
import { encodeCursor, START } from '@cort/events';
import { callersOf, createTestDatabase } from '@cort/testing';
import { createContextFactory } from '../src/context';
import { createActivitiesFollower } from '../src/feeds/activities.feed';
import { PrismaClient } from '../src/generated/prisma/client';
import { buildSchema } from '../src/schema';
import { FACILITATORS, ORGANISATIONS, PRISONS, seedWorld } from './access-world';

/** Someone who is neither facilitator nor anyone else in the world. */
const STRANGER = '0c000000-0000-4000-8000-000000000001';

/** Every kind of caller a subgraph sees: users of the world's prisons and organisations mostly, the public, a service. */
export const callers = callersOf({ prisons: PRISONS, organisations: ORGANISATIONS, subs: [...FACILITATORS, STRANGER] });

export { missingIds, numRuns, PROPERTY_TIMEOUT_MS } from '@cort/testing';

/**
 * The participants subgraph's schema executed in-process over a fresh, seeded test database, with the
 * service's own context factory. The activities feed is one with nothing new: the world's activities are
 * already in the database, so a request never waits for it.
 */
export async function openWorld() {
  const db = await createTestDatabase('participants', path.join(__dirname, '..', 'prisma', 'migrations'));
  const prisma = new PrismaClient({ adapter: db.adapter });
  await seedWorld(prisma);
  const schema = await buildSchema();
  const quietFeed = async (after: string | null) => ({ events: [], cursor: after ?? encodeCursor(START), hasMore: false });
  const contextOf = createContextFactory(prisma, createActivitiesFollower(prisma, quietFeed));
  const send = (caller: Caller, source: string, variableValues: Record<string, unknown> = {}) =>
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

export type World = Awaited<ReturnType<typeof openWorld>>;
