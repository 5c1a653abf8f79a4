import DataLoader from 'dataloader';
import { byKey } from '@cort/subgraph';
import type { PrismaClient } from '../../generated/prisma/client';
import { activitiesByIds } from './activity.repository';

/** Activities by id: a direct read, a session's activity, references, and every mutation's starting point. */
export const activityLoaders = (prisma: PrismaClient) => ({
  activity: new DataLoader(async (ids: readonly string[]) => byKey(ids, await activitiesByIds(prisma, ids), (a) => a.id)),
});
