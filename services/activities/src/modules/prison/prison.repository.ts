import type { PrismaClient } from '../../generated/prisma/client';

export const listPrisons = (prisma: PrismaClient) => prisma.prison.findMany({ orderBy: { id: 'asc' } });

export const prisonsByIds = (prisma: PrismaClient, ids: readonly string[]) => prisma.prison.findMany({ where: { id: { in: [...ids] } } });
