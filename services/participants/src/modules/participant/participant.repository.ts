import { byKey, type Page } from '@cort/subgraph';
import { Prisma, type PrismaClient } from '../../generated/prisma/client';

type Tx = Prisma.TransactionClient;

/**
 * Each participant asked for, or null: the one read of participants by id, batching both the request's loader
 * (loaders.ts) and the one shared by requests arriving together (coalesced-reads.ts). Each id is listed once.
 */
export const participantsById = async (db: PrismaClient | Tx, ids: readonly string[]) =>
  byKey(ids, await db.participant.findMany({ where: { id: { in: [...new Set(ids)] } } }), (participant) => participant.id);

/** The participants of a prison by name, one page; the search matches names and detainee numbers. */
export async function participantsOfPrison(prisma: PrismaClient, prisonId: string, search: string | undefined, page: Page) {
  const where: Prisma.ParticipantWhereInput = {
    prisonId,
    ...(search
      ? {
          OR: (['firstName', 'lastName', 'detaineeNumber'] as const).map((field) => ({
            [field]: { contains: search, mode: 'insensitive' as const },
          })),
        }
      : {}),
  };
  const [nodes, total] = await Promise.all([
    prisma.participant.findMany({
      where,
      orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }, { id: 'asc' }],
      skip: page.offset,
      take: page.limit,
    }),
    prisma.participant.count({ where }),
  ]);
  return { nodes, total };
}

/** The participant holding a detainee number in a prison, if any. */
export const participantWithNumber = (prisma: PrismaClient | Tx, prisonId: string, detaineeNumber: string) =>
  prisma.participant.findUnique({ where: { prisonId_detaineeNumber: { prisonId, detaineeNumber } } });

export const createParticipant = (tx: Tx, data: Prisma.ParticipantUncheckedCreateInput) => tx.participant.create({ data });

export const updateParticipant = (tx: Tx, id: string, data: Prisma.ParticipantUpdateInput) =>
  tx.participant.update({ where: { id }, data });

/**
 * Closes the record of a participant still in custody (released, transferred), or returns null when it
 * is closed already: only from IN_CUSTODY, so a release and a transfer at once cannot both happen.
 */
export async function closeInCustody(tx: Tx, id: string, data: { status: 'RELEASED' | 'TRANSFERRED'; transferredTo?: string }) {
  const { count } = await tx.participant.updateMany({
    where: { id, status: 'IN_CUSTODY' },
    data: { ...data, statusChangedAt: new Date() },
  });
  return count ? tx.participant.findUniqueOrThrow({ where: { id } }) : null;
}

/**
 * Holds the participant until the transaction ends: a release or transfer takes the same lock before it
 * closes the record, so it waits for an enrolment being made and then withdraws it too, and an enrolment
 * made after it sees the participant gone. Taken before the activity's lock, in the same order as a
 * release takes them, so the two cannot deadlock. An advisory lock, not a row lock: a transaction queued
 * behind it holds no transaction id, so it does not hold back the event feeds.
 */
export const lockParticipant = (tx: Tx, participantId: string) =>
  tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`participant:${participantId}`}))`;

/** Several participants' locks in one statement, always in the same order, so two such transactions cannot deadlock. */
export const lockParticipants = (tx: Tx, participantIds: readonly string[]) =>
  tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('participant:' || id))
                   FROM (SELECT id FROM (VALUES ${Prisma.join([...new Set(participantIds)].sort().map((id) => Prisma.sql`(${id})`))}) AS ids (id)
                          ORDER BY id) AS sorted`;

/** The participants as they are now, read under their locks (see lockParticipants). */
export const participantsUnderLock = (tx: Tx, participantIds: readonly string[]) =>
  tx.participant.findMany({ where: { id: { in: [...participantIds] } } });

/** The participant as they are now, read under their lock (see lockParticipant): custody, gender, legal status. */

/** The participant's custody status, read under their lock (see lockParticipant). */
export const custodyStatusOf = async (tx: Tx, participantId: string) =>
  (await tx.participant.findUnique({ where: { id: participantId }, select: { status: true } }))?.status ?? null;
