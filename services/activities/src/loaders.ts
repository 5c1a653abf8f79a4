import type { PrismaClient } from './generated/prisma/client';
import { activityLoaders } from './modules/activity/activity.loaders';
import { activityAcknowledgementLoaders } from './modules/activity-acknowledgement/activity-acknowledgement.loaders';
import { evaluationLoaders } from './modules/evaluation/evaluation.loaders';
import { locationLoaders } from './modules/location/location.loaders';
import { needsAssessmentLoaders } from './modules/needs-assessment/needs-assessment.loaders';
import { prisonLoaders } from './modules/prison/prison.loaders';
import { sessionLoaders } from './modules/session/session.loaders';

/**
 * Per request: every list field and reference resolver goes through these, so a page of N activities
 * costs the same number of SQL statements as a page of one. Each entity's loaders live in its module.
 */
export const createLoaders = (prisma: PrismaClient, now: () => Date = () => new Date()) => ({
  ...prisonLoaders(prisma),
  ...locationLoaders(prisma),
  ...activityLoaders(prisma),
  ...sessionLoaders(prisma, now),
  ...needsAssessmentLoaders(prisma),
  ...evaluationLoaders(prisma),
  ...activityAcknowledgementLoaders(prisma),
});

export type Loaders = ReturnType<typeof createLoaders>;
