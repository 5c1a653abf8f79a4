import DataLoader from 'dataloader';
import { byKey } from '@cort/subgraph';
import type { PrismaClient } from '../../generated/prisma/client';
import { projectedActivities } from './evaluation-figures.repository';
import { figuresOf } from './evaluation-figures.service';

/**
 * The activities as reporting has learnt them (for the policy: their prison), and their evaluation
 * figures: one statement, then four, per batch, however many activities a page asks about.
 */
export const evaluationFiguresLoaders = (prisma: PrismaClient, now: () => Date) => ({
  projectedActivity: new DataLoader(async (ids: readonly string[]) => byKey(ids, await projectedActivities(prisma, ids), (a) => a.id)),
  evaluationFigures: new DataLoader((ids: readonly string[]) => figuresOf(prisma, ids, now())),
});
