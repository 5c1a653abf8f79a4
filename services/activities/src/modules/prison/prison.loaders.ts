import DataLoader from 'dataloader';
import { byKey } from '@cort/subgraph';
import type { PrismaClient } from '../../generated/prisma/client';
import { prisonsByIds } from './prison.repository';

/** Prisons by code, for Activity.prison, Query.prison and references. */
export const prisonLoaders = (prisma: PrismaClient) => ({
  prison: new DataLoader(async (ids: readonly string[]) => byKey(ids, await prisonsByIds(prisma, ids), (p) => p.id)),
});
