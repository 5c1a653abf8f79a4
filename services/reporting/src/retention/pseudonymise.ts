import { randomUUID } from 'node:crypto';
import type { Prisma, PrismaClient } from '../generated/prisma/client';

/** What retention changes (or would change) in reporting: counts only, never who. */
export interface PseudonymisationCounts {
  /** Participants who left before the cut-off, now known here by a pseudonym only. */
  participants: number;
  /** Their ReportEnrolment rows, which now carry the pseudonym. */
  enrolments: number;
}

const dueWhere = (cutoff: Date): Prisma.ReportParticipantExitWhereInput => ({ leftAt: { lt: cutoff }, pseudonymisedAt: null });

/** What a run at this cut-off would change, changing nothing (one statement, however many are due). */
export async function countDue(prisma: PrismaClient, cutoff: Date): Promise<PseudonymisationCounts> {
  const [counts] = await prisma.$queryRaw<PseudonymisationCounts[]>`
    SELECT count(DISTINCT x."participantId")::int AS "participants", count(e."participantId")::int AS "enrolments"
      FROM "ReportParticipantExit" x
      LEFT JOIN "ReportEnrolment" e ON e."participantId" = x."participantId"
     WHERE x."leftAt" < ${cutoff} AND x."pseudonymisedAt" IS NULL`;
  return counts;
}

/**
 * Gives every participant who left before the cut-off a fresh random pseudonym in place of their id, the
 * same one on all their ReportEnrolment rows: who took part in what stays countable (distinct participants
 * per activity, category and year are unchanged), but nothing here leads back to the person, and the
 * pseudonym is not derived from the id. One transaction per batch; a participant is claimed (pseudonymisedAt
 * set, only if still unset) before their rows change, so two runs at once do each one once and a second
 * run finds nobody. No enrolment can arrive for them later: they left, and the participants service
 * enrols nobody after that; a replayed event is skipped by ProcessedEvent.
 */
export async function pseudonymiseDue(prisma: PrismaClient, cutoff: Date, batchSize = 200): Promise<PseudonymisationCounts> {
  const total: PseudonymisationCounts = { participants: 0, enrolments: 0 };
  for (;;) {
    const batch = await prisma.$transaction(async (tx) => {
      const due = await tx.reportParticipantExit.findMany({
        where: dueWhere(cutoff),
        select: { participantId: true },
        orderBy: { participantId: 'asc' },
        take: batchSize,
      });
      const pseudonymisedAt = new Date();
      let participants = 0;
      let enrolments = 0;
      for (const { participantId } of due) {
        const claimed = await tx.reportParticipantExit.updateMany({
          where: { participantId, pseudonymisedAt: null },
          data: { pseudonymisedAt },
        });
        if (!claimed.count) continue;
        participants++;
        const rows = await tx.reportEnrolment.updateMany({ where: { participantId }, data: { participantId: randomUUID() } });
        enrolments += rows.count;
      }
      return { found: due.length, participants, enrolments };
    });
    total.participants += batch.participants;
    total.enrolments += batch.enrolments;
    // A short batch was the last; exits claimed by another run meanwhile are no longer due, so this ends.
    if (batch.found < batchSize) return total;
  }
}
