import DataLoader from 'dataloader';
import { byKey, groupByKey } from '@cort/subgraph';
import type { PrismaClient } from '../../generated/prisma/client';

/** The CORT's per-request loaders: a prison's memberships (every one, past and future too) and a membership by id. */
export const cortLoaders = (prisma: PrismaClient) => ({
  cortMembershipsOfPrison: new DataLoader(async (prisonIds: readonly string[]) =>
    groupByKey(
      prisonIds,
      await prisma.cortMembership.findMany({ where: { prisonId: { in: [...prisonIds] } }, orderBy: [{ since: 'asc' }, { id: 'asc' }] }),
      (m) => m.prisonId,
    ),
  ),
  cortMembership: new DataLoader(async (ids: readonly string[]) =>
    byKey(ids, await prisma.cortMembership.findMany({ where: { id: { in: [...ids] } } }), (m) => m.id),
  ),
});
