import path from 'node:path';
import { encodeCursor, START } from '@cort/events';
import { openSubgraphWorld } from '@cort/testing';
import { createContextFactory } from '../src/context';
import { createActivitiesFollower } from '../src/feeds/activities.feed';
import { PrismaClient } from '../src/generated/prisma/client';
import { buildSchema } from '../src/schema';
import { objectsForRuns, seedWorld } from './access-world';

/**
 * The participants subgraph over the seeded world (packages/testing), with the objects made for mutation
 * runs. The activities feed is one with nothing new: the world's activities are already in the database,
 * so a request never waits for it.
 */
export async function openWorld() {
  const quietFeed = async (after: string | null) => ({ events: [], cursor: after ?? encodeCursor(START), hasMore: false });
  const world = await openSubgraphWorld({
    service: 'participants',
    migrationsDir: path.join(__dirname, '..', 'prisma', 'migrations'),
    client: (adapter) => new PrismaClient({ adapter }),
    seed: seedWorld,
    schema: buildSchema,
    contextOf: (prisma) => createContextFactory(prisma, createActivitiesFollower(prisma, quietFeed)),
  });
  return { ...world, runObjects: objectsForRuns(world.prisma) };
}

export type World = Awaited<ReturnType<typeof openWorld>>;
