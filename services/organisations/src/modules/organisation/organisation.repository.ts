import type { Prisma, PrismaClient } from '../../generated/prisma/client';

// The organisations' rows; who may read or change them is decided before (policy.ts), and lists and
// references by id go through the per-request loaders (src/loaders.ts).

/** The partner organisations serving a prison, by name. */
export const organisationsServing = (prisma: PrismaClient, prisonId: string) =>
  prisma.organisation.findMany({ where: { prisonIds: { has: prisonId } }, orderBy: [{ name: 'asc' }, { id: 'asc' }] });

export const insertOrganisation = (prisma: Prisma.TransactionClient, data: Prisma.OrganisationCreateInput) =>
  prisma.organisation.create({ data });

export const updateOrganisationRow = (prisma: Prisma.TransactionClient, id: string, data: Prisma.OrganisationUpdateInput) =>
  prisma.organisation.update({ where: { id }, data });
