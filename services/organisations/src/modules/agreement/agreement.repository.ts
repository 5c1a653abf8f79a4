import type { Prisma, PrismaClient } from '../../generated/prisma/client';

// The agreements' rows; who may record or read them is decided before (policy.ts), and an organisation's
// agreements are read through the per-request loaders (src/loaders.ts).

export const insertAgreement = (prisma: Prisma.TransactionClient, data: Prisma.AgreementUncheckedCreateInput) =>
  prisma.agreement.create({ data });

/** The agreements of the organisations serving a prison that end on or before the given last day (and not before today). */
export const agreementsEndingBy = (prisma: PrismaClient, prisonId: string, today: Date, lastDay: Date) =>
  prisma.agreement.findMany({
    where: { organisation: { prisonIds: { has: prisonId } }, validUntil: { gte: today, lte: lastDay }, validFrom: { lte: today } },
    include: { organisation: { select: { prisonIds: true } } },
    orderBy: [{ validUntil: 'asc' }, { id: 'asc' }],
  });
