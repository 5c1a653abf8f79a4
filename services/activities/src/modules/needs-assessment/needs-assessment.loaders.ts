import DataLoader from 'dataloader';
import { byKey, groupByKey } from '@cort/subgraph';
import type { PrismaClient, Wish } from '../../generated/prisma/client';
import { assessmentsByIds, wishesByIds, wishesOfActivities, wishesOfAssessments } from './needs-assessment.repository';

/** Assessments and wishes by id, the wishes of assessments, and the wishes activities answer: one statement per batch. */
export const needsAssessmentLoaders = (prisma: PrismaClient) => ({
  needsAssessment: new DataLoader(async (ids: readonly string[]) => byKey(ids, await assessmentsByIds(prisma, ids), (a) => a.id)),
  wish: new DataLoader(async (ids: readonly string[]) =>
    byKey(
      ids,
      (await wishesByIds(prisma, ids)).map(({ assessment, ...wish }) => ({ ...wish, prisonId: assessment.prisonId })),
      (w) => w.id,
    ),
  ),
  wishesOfAssessment: new DataLoader(async (ids: readonly string[]) =>
    groupByKey(ids, await wishesOfAssessments(prisma, ids), (w) => w.assessmentId),
  ),
  wishesOfActivity: new DataLoader(async (ids: readonly string[]): Promise<Wish[][]> =>
    groupByKey(ids, await wishesOfActivities(prisma, ids), (link) => link.activityId).map((links) => links.map((l) => l.wish)),
  ),
});
