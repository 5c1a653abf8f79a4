import type { ActivityCategory, Prisma, PrismaClient } from '../../generated/prisma/client';
import type { Page } from '@cort/subgraph';

export interface OfferFilter {
  prisonId?: string | null;
  category?: ActivityCategory | null;
  status?: Prisma.ActivityWhereInput['status'];
  organisationId?: string;
  facilitatorId?: string;
}

function whereOf(filter: OfferFilter): Prisma.ActivityWhereInput {
  return {
    ...(filter.prisonId ? { prisonId: filter.prisonId } : {}),
    ...(filter.category ? { category: filter.category } : {}),
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.organisationId ? { organisationId: filter.organisationId } : {}),
    ...(filter.facilitatorId ? { facilitatorIds: { has: filter.facilitatorId } } : {}),
  };
}

/** One page and the total, in two statements whatever the page size. */
export async function findActivities(prisma: PrismaClient, filter: OfferFilter, page: Page) {
  const where = whereOf(filter);
  const [nodes, total] = await Promise.all([
    prisma.activity.findMany({ where, orderBy: [{ startsOn: 'asc' }, { id: 'asc' }], skip: page.offset, take: page.limit }),
    prisma.activity.count({ where }),
  ]);
  return { nodes, total };
}

export const activitiesByIds = (prisma: PrismaClient, ids: readonly string[]) =>
  prisma.activity.findMany({ where: { id: { in: [...ids] } } });

/**
 * Moves an activity from one status to the next only if it is still in the expected one, so two
 * coordinators clicking at once cannot both succeed. Returns false when someone else got there first.
 */
export async function changeStatus(
  prisma: PrismaClient | Prisma.TransactionClient,
  id: string,
  from: Prisma.ActivityWhereInput['status'],
  data: Prisma.ActivityUpdateManyMutationInput,
) {
  const { count } = await prisma.activity.updateMany({ where: { id, status: from }, data });
  return count === 1;
}
