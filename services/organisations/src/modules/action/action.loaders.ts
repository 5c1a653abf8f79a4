import DataLoader from 'dataloader';
import { byKey, groupByKey } from '@cort/subgraph';
import type { PrismaClient } from '../../generated/prisma/client';

/** The actions' per-request loaders: an action by id (with the prison of its plan), a goal's actions, an action's history. */
export const actionLoaders = (prisma: PrismaClient) => ({
  actionInPlan: new DataLoader(async (ids: readonly string[]) =>
    byKey(
      ids,
      await prisma.action.findMany({ where: { id: { in: [...ids] } }, include: { goal: { include: { actionPlan: true } } } }),
      (a) => a.id,
    ),
  ),
  actionsOfGoal: new DataLoader(async (goalIds: readonly string[]) =>
    groupByKey(
      goalIds,
      await prisma.action.findMany({
        where: { goalId: { in: [...goalIds] } },
        orderBy: [{ dueOn: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }],
      }),
      (a) => a.goalId,
    ),
  ),
  historyOfAction: new DataLoader(async (actionIds: readonly string[]) =>
    groupByKey(
      actionIds,
      await prisma.actionChange.findMany({ where: { actionId: { in: [...actionIds] } }, orderBy: [{ at: 'asc' }, { id: 'asc' }] }),
      (c) => c.actionId,
    ),
  ),
});
