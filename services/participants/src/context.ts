import { ReadAudit, type AuditedContext, type RequestContext } from '@cort/subgraph';
import type { ActivitiesFollower } from './feeds/activities.feed';
import type { PrismaClient } from './generated/prisma/client';
import { createLoaders, type Loaders } from './loaders';

export interface Context extends AuditedContext {
  prisma: PrismaClient;
  loaders: Loaders;
  activities: ActivitiesFollower;
}

export function createContextFactory(prisma: PrismaClient, activities: ActivitiesFollower) {
  return (base: RequestContext): Context => ({ ...base, prisma, activities, loaders: createLoaders(prisma), audit: new ReadAudit() });
}
