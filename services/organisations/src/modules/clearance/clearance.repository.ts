import type { Prisma, PrismaClient } from '../../generated/prisma/client';

// The clearances' rows; who may record one is decided before (policy.ts), and a person's clearances are
// read through the per-request loaders (src/loaders.ts).

export const insertClearance = (prisma: PrismaClient, data: Prisma.ClearanceUncheckedCreateInput) => prisma.clearance.create({ data });
