import type { Prisma, PrismaClient } from '../../generated/prisma/client';

type Tx = Prisma.TransactionClient;

export const evaluationsOfActivities = (prisma: PrismaClient, activityIds: readonly string[]) =>
  prisma.evaluation.findMany({ where: { activityId: { in: [...activityIds] } } });

export const historyOfEvaluations = (prisma: PrismaClient, evaluationIds: readonly string[]) =>
  prisma.evaluationChange.findMany({ where: { evaluationId: { in: [...evaluationIds] } }, orderBy: { replacedAt: 'asc' } });

export const editionsOf = (prisma: PrismaClient, ids: readonly string[], side: 'nextId' | 'previousId') =>
  prisma.edition.findMany({ where: { [side]: { in: [...ids] } } });

/** Holds the activity's row until the transaction ends: its evaluation and next edition change one at a time. */
export const lockActivity = (tx: Tx, activityId: string) => tx.$queryRaw`SELECT "id" FROM "Activity" WHERE "id" = ${activityId} FOR UPDATE`;

export const evaluationOf = (tx: Tx, activityId: string) => tx.evaluation.findUnique({ where: { activityId } });

/** Writes the activity's evaluation: the first one, or a new version with the current one kept in its history. */
export async function writeEvaluation(tx: Tx, activityId: string, data: Omit<Prisma.EvaluationUncheckedCreateInput, 'activityId'>) {
  const current = await evaluationOf(tx, activityId);
  if (!current) return tx.evaluation.create({ data: { ...data, activityId } });
  const { id, activityId: _activity, ...previous } = current;
  await tx.evaluationChange.create({ data: { ...previous, objectives: previous.objectives as Prisma.InputJsonValue, evaluationId: id } });
  return tx.evaluation.update({ where: { id }, data: { ...data, evaluatedAt: new Date() } });
}

export const nextEditionOf = (tx: Tx, previousId: string) => tx.edition.findUnique({ where: { previousId } });

export const insertEdition = (tx: Tx, previousId: string, nextId: string) => tx.edition.create({ data: { previousId, nextId } });

export const wishIdsOf = async (tx: Tx, activityId: string) =>
  (await tx.activityWish.findMany({ where: { activityId }, select: { wishId: true } })).map((l) => l.wishId);
