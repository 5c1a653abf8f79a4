import type { Prisma, PrismaClient } from '../../generated/prisma/client';

// The CORT memberships' rows; who may change them is decided before (policy.ts), and a prison's
// memberships are read through the per-request loaders (src/loaders.ts).

type Tx = Prisma.TransactionClient;

/** Every change to a prison's CORT holds this lock until its transaction ends: overlaps are checked and written as one step. */
export const lockCort = (tx: Tx, prisonId: string) => tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`cort:${prisonId}`}))`;

export const membershipsOfPrison = (db: PrismaClient | Tx, prisonId: string) =>
  db.cortMembership.findMany({ where: { prisonId }, orderBy: [{ since: 'asc' }, { id: 'asc' }] });

export const findMembership = (db: PrismaClient | Tx, id: string) => db.cortMembership.findUnique({ where: { id } });

export const insertMembership = (tx: Tx, data: Prisma.CortMembershipUncheckedCreateInput) => tx.cortMembership.create({ data });

export const endMembershipRow = (tx: Tx, id: string, until: Date, endedBy: string) =>
  tx.cortMembership.update({ where: { id }, data: { until, endedBy } });
