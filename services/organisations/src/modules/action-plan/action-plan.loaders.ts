import DataLoader from 'dataloader';
import { byKey, groupByKey } from '@cort/subgraph';
import { coversYear } from '../../domain/action-plan-span';
import type { PrismaClient } from '../../generated/prisma/client';

const planKey = (prisonId: string, year: number) => `${prisonId}:${year}`;

/** The action plans' per-request loaders: a prison's plans of a year, a plan and a goal by id, a plan's goals. */
export const actionPlanLoaders = (prisma: PrismaClient) => ({
  // A plan spanning years belongs to every year it covers: one statement for the keys, then each key its plans.
  actionPlansOfYear: new DataLoader(
    async (keys: readonly { prisonId: string; year: number }[]) => {
      const plans = await prisma.actionPlan.findMany({
        where: {
          OR: keys.map(({ prisonId, year }) => ({
            prisonId,
            year: { lte: year },
            OR: [{ year }, { untilYear: { gte: year } }],
          })),
        },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      });
      return keys.map(({ prisonId, year }) => plans.filter((plan) => plan.prisonId === prisonId && coversYear(plan, year)));
    },
    { cacheKeyFn: (k) => planKey(k.prisonId, k.year) },
  ),
  actionPlan: new DataLoader(async (ids: readonly string[]) =>
    byKey(ids, await prisma.actionPlan.findMany({ where: { id: { in: [...ids] } } }), (plan) => plan.id),
  ),
  goal: new DataLoader(async (ids: readonly string[]) =>
    byKey(ids, await prisma.goal.findMany({ where: { id: { in: [...ids] } } }), (g) => g.id),
  ),
  goalsOfPlan: new DataLoader(async (planIds: readonly string[]) =>
    groupByKey(
      planIds,
      await prisma.goal.findMany({ where: { actionPlanId: { in: [...planIds] } }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
      (g) => g.actionPlanId,
    ),
  ),
  actionsOfPlan: new DataLoader(async (planIds: readonly string[]) =>
    groupByKey(
      planIds,
      await prisma.action.findMany({
        where: { goal: { actionPlanId: { in: [...planIds] } } },
        include: { goal: { select: { actionPlanId: true } } },
      }),
      (a) => a.goal.actionPlanId,
    ),
  ),
});
