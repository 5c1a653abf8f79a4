import path from 'node:path';
import { openSubgraphWorld } from '@cort/testing';
import { createContextFactory } from '../src/context';
import { PrismaClient } from '../src/generated/prisma/client';
import { buildSchema } from '../src/schema';
import { seedWorld } from './access-world';

/** The reporting subgraph over the seeded world (packages/testing). */
export const openWorld = () =>
  openSubgraphWorld({
    service: 'reporting',
    migrationsDir: path.join(__dirname, '..', 'prisma', 'migrations'),
    client: (adapter) => new PrismaClient({ adapter }),
    seed: seedWorld,
    schema: buildSchema,
    contextOf: createContextFactory,
  });

export type World = Awaited<ReturnType<typeof openWorld>>;
