import type { RequestContext } from '@cort/subgraph';
import type { PrismaClient } from './generated/prisma/client';
import { createLoaders, type Loaders } from './loaders';
import type { OrganisationsClient } from './modules/organisation/organisations.client';

export interface Context extends RequestContext {
  prisma: PrismaClient;
  loaders: Loaders;
  organisations: OrganisationsClient;
}

export function createContextFactory(prisma: PrismaClient, organisations: OrganisationsClient) {
  return (base: RequestContext): Context => ({ ...base, prisma, organisations, loaders: createLoaders(prisma) });
}
