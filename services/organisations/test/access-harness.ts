import path from 'node:path';
import { openSubgraphWorld } from '@cort/testing';
import { createContextFactory } from '../src/context';
import { PrismaClient } from '../src/generated/prisma/client';
import { buildSchema } from '../src/schema';
import { objectsForRuns, seedWorld } from './access-world';

/** The organisations subgraph over the seeded world (packages/testing), with the objects made for mutation runs. */
export async function openWorld() {
  const world = await openSubgraphWorld({
    service: 'organisations',
    migrationsDir: path.join(__dirname, '..', 'prisma', 'migrations'),
    client: (adapter) => new PrismaClient({ adapter }),
    seed: seedWorld,
    schema: buildSchema,
    contextOf: createContextFactory,
  });
  return { ...world, runObjects: objectsForRuns(world.prisma) };
}

export type World = Awaited<ReturnType<typeof openWorld>>;
