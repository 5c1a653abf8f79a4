import type { RequestContext } from '@cort/subgraph';
import type { PrismaClient } from './generated/prisma/client';
import { createLoaders, type Loaders } from './loaders';
import type { OrganisationService } from './modules/organisation/organisation.service';

export interface Context extends RequestContext {
  prisma: PrismaClient;
  loaders: Loaders;
  /** The organisations subgraph, asked whether an organisation and its persons may run an activity. */
  organisations: OrganisationService;
}

export function createContextFactory(prisma: PrismaClient, organisations: OrganisationService) {
  return (base: RequestContext): Context => ({ ...base, prisma, organisations, loaders: createLoaders(prisma) });
}
