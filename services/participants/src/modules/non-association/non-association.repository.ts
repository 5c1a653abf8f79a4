import type { NonAssociationAction, NonAssociationReason, Prisma, PrismaClient } from '../../generated/prisma/client';
import type { Pair } from '../../domain/non-association';

type Tx = Prisma.TransactionClient;
type Reader = PrismaClient | Tx;

export const findNonAssociation = (db: Reader, id: string) => db.nonAssociation.findUnique({ where: { id } });

/**
 * A new open non-association with its first history line. A second open record of the same pair is
 * refused by the partial unique index (migration non_associations): the caller turns that into a CONFLICT.
 */
export async function insertOpen(
  tx: Tx,
  row: Pair & { prisonId: string; reason: NonAssociationReason; note: string | null; openedBy: string },
) {
  const created = await tx.nonAssociation.create({ data: row });
  await addChange(tx, created.id, 'OPENED', row.openedBy, null);
  return created;
}

/** The open record of a pair, if any (at most one). */
export const findOpenOfPair = (db: Reader, pair: Pair) => db.nonAssociation.findFirst({ where: { ...pair, closedAt: null } });

/**
 * Closes or reopens it, only while it is still the other way (whoever changed it meanwhile wins; this
 * write then changes nothing and answers null), with its history line.
 */
export async function setClosed(tx: Tx, id: string, close: boolean, by: string, reason: string | null) {
  const { count } = await tx.nonAssociation.updateMany({
    where: { id, closedAt: close ? null : { not: null } },
    data: { closedAt: close ? new Date() : null },
  });
  if (!count) return null;
  await addChange(tx, id, close ? 'CLOSED' : 'REOPENED', by, reason);
  return tx.nonAssociation.findUniqueOrThrow({ where: { id } });
}

const addChange = (tx: Tx, nonAssociationId: string, action: NonAssociationAction, by: string, reason: string | null) =>
  tx.nonAssociationChange.create({ data: { nonAssociationId, action, by, reason } });

/** Every non-association of these participants, open ones first, newest first: one statement for a whole page. */
export const nonAssociationsOfParticipants = (db: Reader, participantIds: readonly string[]) =>
  db.nonAssociation.findMany({
    where: { OR: [{ participantAId: { in: [...participantIds] } }, { participantBId: { in: [...participantIds] } }] },
    orderBy: [{ openedAt: 'desc' }, { id: 'asc' }],
  });

export const changesOfNonAssociations = (db: Reader, ids: readonly string[]) =>
  db.nonAssociationChange.findMany({ where: { nonAssociationId: { in: [...ids] } }, orderBy: [{ at: 'asc' }, { id: 'asc' }] });
