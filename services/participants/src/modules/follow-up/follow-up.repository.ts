import { randomUUID } from 'node:crypto';
import type { Page } from '@cort/subgraph';
import type { DropoutFollowUp, FollowUpStatus, FollowUpTrigger, Prisma, PrismaClient } from '../../generated/prisma/client';
import type { CloseCause, DropoutReason, FollowUpOutcome } from '../../domain/follow-up';

type Tx = Prisma.TransactionClient;
type Reader = PrismaClient | Tx;

/** The ids an opened follow-up is filed under, read from its enrolment and participant. */
export type OpenedRow = Pick<DropoutFollowUp, 'id' | 'prisonId' | 'enrolmentId' | 'participantId' | 'activityId'>;

/**
 * Opens the enrolment's follow-up unless one is OPEN already, in one statement: the partial unique index
 * (one OPEN per enrolment, migration attendance_and_follow_ups) decides between concurrent openings, and
 * ON CONFLICT DO NOTHING lets the losers go on without an error (a unique violation would abort their
 * whole transaction on PostgreSQL). The prison and activity are the enrolment's own. Null when one was open.
 */
export async function insertOpen(
  tx: Tx,
  opening: { enrolmentId: string; trigger: FollowUpTrigger; absencesInRow: number | null },
): Promise<OpenedRow | null> {
  const rows = await tx.$queryRaw<OpenedRow[]>`
    INSERT INTO "DropoutFollowUp" ("id", "prisonId", "enrolmentId", "participantId", "activityId", "trigger", "absencesInRow", "updatedAt")
    SELECT ${randomUUID()}, p."prisonId", e."id", e."participantId", e."activityId", ${opening.trigger}::"FollowUpTrigger",
           ${opening.absencesInRow}::int, now()
      FROM "Enrolment" AS e JOIN "Participant" AS p ON p."id" = e."participantId"
     WHERE e."id" = ${opening.enrolmentId}
    ON CONFLICT ("enrolmentId") WHERE "status" = 'OPEN' DO NOTHING
    RETURNING "id", "prisonId", "enrolmentId", "participantId", "activityId"`;
  return rows[0] ?? null;
}

export const findFollowUp = (db: Reader, id: string) => db.dropoutFollowUp.findUnique({ where: { id } });

/** A prison's follow-ups, oldest first (the longest waiting on top), one page, and how many there are. */
export async function followUpsOfPrison(prisma: PrismaClient, prisonId: string, status: FollowUpStatus | null, page: Page) {
  const where: Prisma.DropoutFollowUpWhereInput = { prisonId, ...(status ? { status } : {}) };
  const [nodes, total] = await Promise.all([
    prisma.dropoutFollowUp.findMany({ where, orderBy: [{ openedAt: 'asc' }, { id: 'asc' }], skip: page.offset, take: page.limit }),
    prisma.dropoutFollowUp.count({ where }),
  ]);
  return { nodes, total };
}

/**
 * The one write that closes a follow-up with its conversation: only while it is still OPEN (whoever
 * closed it meanwhile wins; this write then changes nothing and answers null).
 */
export async function closeAsDone(
  tx: Tx,
  id: string,
  conversation: { heldOn: Date; reasons: DropoutReason[]; outcome: FollowUpOutcome; note: string | null; by: string },
) {
  const now = new Date();
  const { count } = await tx.dropoutFollowUp.updateMany({
    where: { id, status: 'OPEN' },
    data: {
      status: 'DONE',
      closedAt: now,
      conversationHeldOn: conversation.heldOn,
      conversationReasons: conversation.reasons,
      conversationOutcome: conversation.outcome,
      conversationNote: conversation.note,
      recordedBy: conversation.by,
      recordedAt: now,
    },
  });
  return count ? tx.dropoutFollowUp.findUniqueOrThrow({ where: { id } }) : null;
}

/**
 * Closes the participant's open follow-ups by the system (CLOSED, with the cause) and returns exactly
 * those it closed, in one statement: one closed by a conversation a moment before stays DONE.
 */
export const closeOpenOf = (tx: Tx, participantId: string, cause: CloseCause) =>
  tx.$queryRaw<Pick<DropoutFollowUp, 'id' | 'prisonId' | 'enrolmentId' | 'participantId' | 'activityId' | 'trigger'>[]>`
    UPDATE "DropoutFollowUp" SET "status" = 'CLOSED', "closedAt" = now(), "closedCause" = ${cause}, "updatedAt" = now()
     WHERE "participantId" = ${participantId} AND "status" = 'OPEN'
    RETURNING "id", "prisonId", "enrolmentId", "participantId", "activityId", "trigger"::text AS "trigger"`;
