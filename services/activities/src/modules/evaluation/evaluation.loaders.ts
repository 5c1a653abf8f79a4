import DataLoader from 'dataloader';
import { byKey, groupByKey } from '@cort/subgraph';
import type { PrismaClient } from '../../generated/prisma/client';
import { editionsOf, evaluationsOfActivities, historyOfEvaluations } from './evaluation.repository';

/** An activity's evaluation and its history, and the editions before and after it: one statement per batch. */
export const evaluationLoaders = (prisma: PrismaClient) => ({
  evaluationOfActivity: new DataLoader(async (ids: readonly string[]) =>
    byKey(ids, await evaluationsOfActivities(prisma, ids), (e) => e.activityId),
  ),
  evaluationHistory: new DataLoader(async (ids: readonly string[]) =>
    groupByKey(ids, await historyOfEvaluations(prisma, ids), (c) => c.evaluationId),
  ),
  previousEditionId: new DataLoader(async (ids: readonly string[]) =>
    byKey(ids, await editionsOf(prisma, ids, 'nextId'), (e) => e.nextId).map((e) => e?.previousId ?? null),
  ),
  nextEditionId: new DataLoader(async (ids: readonly string[]) =>
    byKey(ids, await editionsOf(prisma, ids, 'previousId'), (e) => e.previousId).map((e) => e?.nextId ?? null),
  ),
});
