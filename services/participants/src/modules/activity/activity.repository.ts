import type { Prisma, PrismaClient } from '../../generated/prisma/client';

type Tx = Prisma.TransactionClient;

/** What this service knows of an activity, kept from the activities feed. */
export const findActivityView = (db: PrismaClient | Tx, id: string) => db.activityView.findUnique({ where: { id } });

export const activityViews = (tx: Tx, ids: readonly string[]) => tx.activityView.findMany({ where: { id: { in: [...ids] } } });

/** Keeps the activity as the feed says it now is; returns it as it was before and as it is now. */
export async function saveActivityView(tx: Tx, id: string, data: Omit<Prisma.ActivityViewUncheckedCreateInput, 'id'>) {
  const before = await tx.activityView.findUnique({ where: { id } });
  const now = await tx.activityView.upsert({ where: { id }, create: { id, ...data }, update: data });
  return { before, now };
}

/** An activity is the next edition of another: kept once, whatever the number of times the event comes. */
export const keepEdition = (tx: Prisma.TransactionClient, activityId: string, previousActivityId: string) =>
  tx.activityEdition.upsert({ where: { activityId }, create: { activityId, previousActivityId }, update: { previousActivityId } });
