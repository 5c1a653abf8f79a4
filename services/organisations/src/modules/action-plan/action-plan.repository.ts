import type { Prisma, PrismaClient } from '../../generated/prisma/client';

// The action plans' and goals' rows; who may change them is decided before (policy.ts), and lists are read
// through the per-request loaders (src/loaders.ts).

export const insertActionPlan = (prisma: PrismaClient, data: Prisma.ActionPlanUncheckedCreateInput) => prisma.actionPlan.create({ data });

export const insertGoal = (prisma: PrismaClient, data: Prisma.GoalUncheckedCreateInput) => prisma.goal.create({ data });
