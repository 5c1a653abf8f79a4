import type { PrismaClient } from '../../generated/prisma/client';

export const locationsByIds = (prisma: PrismaClient, ids: readonly string[]) =>
  prisma.location.findMany({ where: { id: { in: [...ids] } } });

/** The rooms of some prisons, by name. */
export const locationsOfPrisons = (prisma: PrismaClient, prisonIds: readonly string[]) =>
  prisma.location.findMany({ where: { prisonId: { in: [...prisonIds] } }, orderBy: { name: 'asc' } });
