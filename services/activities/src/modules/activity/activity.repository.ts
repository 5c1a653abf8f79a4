import { badUserInput, type Page } from '@cort/subgraph';
import type { ActivityCategory, ActivityStatus, Prisma, PrismaClient } from '../../generated/prisma/client';
import { transitionProblem } from '../../domain/activity-status';

type Tx = Prisma.TransactionClient;

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

export const insertActivity = (tx: Tx, data: Prisma.ActivityUncheckedCreateInput) => tx.activity.create({ data });

/** Writes fields other than the status (changeStatus moves that). */
export const writeActivity = (tx: Tx, id: string, data: Omit<Prisma.ActivityUncheckedUpdateInput, 'status'>) =>
  tx.activity.update({ where: { id }, data });

/**
 * Moves an activity from one status to another, whoever asks: a move the rules do not allow
 * (domain/activity-status.ts) is refused before anything is written, and the row is written only while
 * it is still in the expected status, so two coordinators clicking at once cannot both succeed.
 * Returns the moved activity, or null when someone else changed its status first.
 */
export async function changeStatus(
  tx: Tx,
  id: string,
  from: ActivityStatus,
  to: ActivityStatus,
  data: Omit<Prisma.ActivityUpdateManyMutationInput, 'status'> = {},
) {
  const problem = transitionProblem(from, to);
  if (problem) throw badUserInput(problem, 'id', { status: from });
  const { count } = await tx.activity.updateMany({ where: { id, status: from }, data: { ...data, status: to } });
  return count === 1 ? tx.activity.findUniqueOrThrow({ where: { id } }) : null;
}
