import type { Prisma, PrismaClient } from '../../generated/prisma/client';

type Tx = Prisma.TransactionClient;
type Db = PrismaClient | Tx;

export type WishRow = Omit<Prisma.WishUncheckedCreateInput, 'assessmentId'>;

export const assessmentsByIds = (prisma: Db, ids: readonly string[]) =>
  prisma.needsAssessment.findMany({ where: { id: { in: [...ids] } } });

/** The assessments of a prison conducted (at least partly) between two days, the latest first. */
export const assessmentsOverlapping = (prisma: Db, prisonId: string, from: Date, until: Date) =>
  prisma.needsAssessment.findMany({
    where: { prisonId, conductedFrom: { lte: until }, conductedUntil: { gte: from } },
    orderBy: [{ conductedUntil: 'desc' }, { id: 'asc' }],
  });

export const wishesOfAssessments = (prisma: Db, assessmentIds: readonly string[]) =>
  prisma.wish.findMany({ where: { assessmentId: { in: [...assessmentIds] } }, orderBy: [{ assessmentId: 'asc' }, { position: 'asc' }] });

/** Wishes by id with the prison of their assessment (what answersWishIds is checked against). */
export const wishesByIds = (prisma: Db, ids: readonly string[]) =>
  prisma.wish.findMany({ where: { id: { in: [...ids] } }, include: { assessment: { select: { prisonId: true } } } });

/** The wishes of a prison's assessments that ended on or after a day, with their assessment: one statement. */
export const wishesOfPrisonSince = (prisma: Db, prisonId: string, since: Date) =>
  prisma.wish.findMany({ where: { assessment: { prisonId, conductedUntil: { gte: since } } }, include: { assessment: true } });

/** The links of activities to wishes, with the activity: one statement for any number of wishes. */
export const answersOfWishes = (prisma: Db, wishIds: readonly string[]) =>
  prisma.activityWish.findMany({ where: { wishId: { in: [...wishIds] } }, include: { activity: true }, orderBy: { linkedAt: 'asc' } });

/** The links of activities to wishes, with the wish: one statement for any number of activities. */
export const wishesOfActivities = (prisma: Db, activityIds: readonly string[]) =>
  prisma.activityWish.findMany({ where: { activityId: { in: [...activityIds] } }, include: { wish: true }, orderBy: { linkedAt: 'asc' } });

export const insertAssessment = (tx: Tx, data: Prisma.NeedsAssessmentUncheckedCreateInput) => tx.needsAssessment.create({ data });

export const writeAssessment = (tx: Tx, id: string, data: Prisma.NeedsAssessmentUncheckedUpdateInput) =>
  tx.needsAssessment.update({ where: { id }, data });

/** Writes an assessment's wishes: those with an id are updated, the others added, the rest removed. */
export async function replaceWishes(tx: Tx, assessmentId: string, wishes: WishRow[]) {
  const kept = wishes.flatMap((w) => (w.id ? [w.id] : []));
  await tx.wish.deleteMany({ where: { assessmentId, id: { notIn: kept } } });
  for (const wish of wishes) {
    if (wish.id) await tx.wish.update({ where: { id: wish.id }, data: wish });
    else await tx.wish.create({ data: { ...wish, assessmentId } });
  }
  return tx.wish.findMany({ where: { assessmentId }, orderBy: { position: 'asc' } });
}

export const insertWishes = (tx: Tx, assessmentId: string, wishes: WishRow[]) =>
  tx.wish.createManyAndReturn({ data: wishes.map((wish) => ({ ...wish, assessmentId })) });

/** The wishes of an assessment some activity answers: those cannot be removed. */
export const answeredWishIds = async (tx: Db, assessmentId: string) =>
  (await tx.activityWish.findMany({ where: { wish: { assessmentId } }, select: { wishId: true }, distinct: ['wishId'] })).map(
    (l) => l.wishId,
  );

/** Makes an activity answer exactly the given wishes (links kept keep their date). */
export async function setActivityWishes(tx: Tx, activityId: string, wishIds: string[]) {
  await tx.activityWish.deleteMany({ where: { activityId, wishId: { notIn: wishIds } } });
  await tx.activityWish.createMany({ data: wishIds.map((wishId) => ({ activityId, wishId })), skipDuplicates: true });
}
