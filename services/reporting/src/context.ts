import type { RequestContext } from '@cort/subgraph';
import type { PrismaClient } from './generated/prisma/client';

export interface Context extends RequestContext {
  prisma: PrismaClient;
}

// No loaders: every report is computed by a few aggregate statements, never row by row.
export function createContextFactory(prisma: PrismaClient) {
  return (base: RequestContext): Context => ({ ...base, prisma });
}
