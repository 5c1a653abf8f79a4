import DataLoader from 'dataloader';
import { byKey, groupByKey } from '@cort/subgraph';
import type { PrismaClient } from '../../generated/prisma/client';
import { locationsByIds, locationsOfPrisons } from './location.repository';

/** Rooms by id (a session's room, the rooms a plan names) and the rooms of each prison. */
export const locationLoaders = (prisma: PrismaClient) => ({
  location: new DataLoader(async (ids: readonly string[]) => byKey(ids, await locationsByIds(prisma, ids), (l) => l.id)),
  locationsOfPrison: new DataLoader(async (prisonIds: readonly string[]) =>
    groupByKey(prisonIds, await locationsOfPrisons(prisma, prisonIds), (l) => l.prisonId),
  ),
});
