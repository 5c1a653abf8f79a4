import type { Prisma, PrismaClient } from '../../generated/prisma/client';

// This service's view of the wishes of the needs assessments, kept from the activities feed
// (src/feeds/activities.feed.ts): which prison each wish belongs to, so an action answers only its own
// prison's wishes without asking the activities service.

type Tx = Prisma.TransactionClient;

/**
 * Keeps an assessment's wishes as the event tells them (the whole list as it is now): the ones it names
 * are kept with its prison, the ones it no longer names are dropped.
 */
export async function keepAssessmentWishes(tx: Tx, assessmentId: string, prisonId: string, wishes: { id: string; domain: string }[]) {
  await tx.knownWish.deleteMany({ where: { assessmentId, id: { notIn: wishes.map((wish) => wish.id) } } });
  for (const { id, domain } of wishes) {
    await tx.knownWish.upsert({
      where: { id },
      create: { id, assessmentId, prisonId, domain },
      update: { assessmentId, prisonId, domain },
    });
  }
}

/** Of the given wish ids, those this service knows as wishes of the prison (one statement). */
export const knownWishesOfPrison = async (prisma: PrismaClient, prisonId: string, wishIds: string[]) =>
  new Set((await prisma.knownWish.findMany({ where: { prisonId, id: { in: wishIds } }, select: { id: true } })).map((row) => row.id));
