import type { PrismaClient } from './generated/prisma/client';
import { evaluationFiguresLoaders } from './modules/evaluation-figures/evaluation-figures.loaders';

/**
 * Per request: a field asked of every activity in a list (Activity.evaluationFigures) goes through
 * these, so a list of N activities costs the same number of SQL statements as a list of one. The
 * reports themselves are a few aggregate statements each and need none.
 */
export const createLoaders = (prisma: PrismaClient, now: () => Date = () => new Date()) => ({
  ...evaluationFiguresLoaders(prisma, now),
});

export type Loaders = ReturnType<typeof createLoaders>;
