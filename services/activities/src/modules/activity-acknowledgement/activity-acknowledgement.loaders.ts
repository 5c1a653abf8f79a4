import DataLoader from 'dataloader';
import { groupByKey } from '@cort/subgraph';
import type { PrismaClient } from '../../generated/prisma/client';
import { acknowledgementsOfActivities } from './activity-acknowledgement.repository';

/** The warnings acknowledged on each activity: one statement per batch of activities. */
export const activityAcknowledgementLoaders = (prisma: PrismaClient) => ({
  acknowledgementsOfActivity: new DataLoader(async (ids: readonly string[]) =>
    groupByKey(ids, await acknowledgementsOfActivities(prisma, ids), (a) => a.activityId),
  ),
});
