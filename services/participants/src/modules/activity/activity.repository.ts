import { byKey } from '@cort/subgraph';
import type { Prisma, PrismaClient } from '../../generated/prisma/client';

type Tx = Prisma.TransactionClient;

/** What this service knows of some activities, kept from the activities feed; each id listed once. */
export const activityViews = (db: PrismaClient | Tx, ids: readonly string[]) =>
  db.activityView.findMany({ where: { id: { in: [...new Set(ids)] } } });

/**
 * Each activity asked for, or null when this service has not heard of it: the one read of activities by id,
 * batching both the request's loader (loaders.ts) and the one shared by requests arriving together
 * (coalesced-reads.ts).
 */
export const activityViewsById = async (db: PrismaClient | Tx, ids: readonly string[]) =>
  byKey(ids, await activityViews(db, ids), (activity) => activity.id);

/** Keeps the activity as the feed says it now is; returns it as it was before and as it is now. */
export async function saveActivityView(tx: Tx, id: string, data: Omit<Prisma.ActivityViewUncheckedCreateInput, 'id'>) {
  const before = await tx.activityView.findUnique({ where: { id } });
  const now = await tx.activityView.upsert({ where: { id }, create: { id, ...data }, update: data });
  return { before, now };
}

/** An activity is the next edition of another: kept once, whatever the number of times the event comes. */
export const keepEdition = (tx: Prisma.TransactionClient, activityId: string, previousActivityId: string) =>
  tx.activityEdition.upsert({ where: { activityId }, create: { activityId, previousActivityId }, update: { previousActivityId } });
