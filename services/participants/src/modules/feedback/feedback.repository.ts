import type { Prisma, PrismaClient } from '../../generated/prisma/client';

type Tx = Prisma.TransactionClient;

/** Writes the forms in the order given (the caller shuffles them) and returns their ids in that order. */
export const insertForms = (tx: Tx, forms: Prisma.FeedbackFormCreateManyInput[]) =>
  tx.feedbackForm.createManyAndReturn({ data: forms, select: { id: true } });

export const formsOf = (db: PrismaClient | Tx, activityId: string) => db.feedbackForm.count({ where: { activityId } });

/** The comments of an activity's forms, in no particular order (sorted by text, never by entry). */
export const commentsOf = async (prisma: PrismaClient, activityId: string) =>
  (
    await prisma.feedbackForm.findMany({
      where: { activityId, comment: { not: null } },
      select: { comment: true },
      orderBy: { comment: 'asc' },
    })
  ).map((f) => f.comment!);
