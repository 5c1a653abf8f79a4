import type { Prisma } from '../../generated/prisma/client';

// The people's rows; who may read or change them is decided before (policy.ts), and lists and references
// by id go through the per-request loaders (src/loaders.ts).

export const insertPerson = (prisma: Prisma.TransactionClient, data: Prisma.PersonUncheckedCreateInput) => prisma.person.create({ data });

export const updatePersonRow = (prisma: Prisma.TransactionClient, id: string, data: Prisma.PersonUncheckedUpdateInput) =>
  prisma.person.update({ where: { id }, data });
