import type { RequestContext } from '@cort/subgraph';
import type { PrismaClient } from './generated/prisma/client';
import { createLoaders, type Loaders } from './loaders';

export interface Context extends RequestContext {
  prisma: PrismaClient;
  loaders: Loaders;
}

export function createContextFactory(prisma: PrismaClient) {
  return (base: RequestContext): Context => ({ ...base, prisma, loaders: createLoaders(prisma) });
}
