import type { Prisma, PrismaClient } from '../../generated/prisma/client';

// The clearances' rows; who may record one is decided before (policy.ts), and a person's clearances are
// read through the per-request loaders (src/loaders.ts).

export const insertClearance = (prisma: PrismaClient, data: Prisma.ClearanceUncheckedCreateInput) => prisma.clearance.create({ data });

export const clearanceById = (prisma: PrismaClient, id: string) => prisma.clearance.findUnique({ where: { id } });

export const updateClearance = (prisma: PrismaClient, id: string, data: Prisma.ClearanceUncheckedUpdateInput) =>
  prisma.clearance.update({ where: { id }, data });
