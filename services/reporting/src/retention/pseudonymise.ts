import { randomUUID } from 'node:crypto';
import type { Prisma, PrismaClient } from '../generated/prisma/client';

/** What retention changes (or would change) in reporting: counts only, never who. */
export interface PseudonymisationCounts {
  /** Participants who left before the cut-off, now known here by a pseudonym only. */
  participants: number;
  /** Their ReportEnrolment rows, which now carry the pseudonym. */
  enrolments: number;
  /** Their attendance marks (ReportAttendance), which now carry the same pseudonym. */
  attendanceMarks: number;
  /** Their dropout follow-ups (ReportFollowUp): the same pseudonym, and a fresh id of their own. */
  followUps: number;
}

const dueWhere = (cutoff: Date): Prisma.ReportParticipantExitWhereInput => ({ leftAt: { lt: cutoff }, pseudonymisedAt: null });

/** What a run at this cut-off would change, changing nothing (one statement, however many are due). */
export async function countDue(prisma: PrismaClient, cutoff: Date): Promise<PseudonymisationCounts> {
  const [counts] = await prisma.$queryRaw<PseudonymisationCounts[]>`
    SELECT count(*)::int AS "participants",
           coalesce(sum((SELECT count(*) FROM "ReportEnrolment" e WHERE e."participantId" = x."participantId")), 0)::int AS "enrolments",
           coalesce(sum((SELECT count(*) FROM "ReportAttendance" m WHERE m."participantId" = x."participantId")), 0)::int AS "attendanceMarks",
           coalesce(sum((SELECT count(*) FROM "ReportFollowUp" f WHERE f."participantId" = x."participantId")), 0)::int AS "followUps"
      FROM "ReportParticipantExit" x
     WHERE x."leftAt" < ${cutoff} AND x."pseudonymisedAt" IS NULL`;
  return counts;
}

/**
 * Gives every participant who left before the cut-off a fresh random pseudonym in place of their id, the
 * same one on all their ReportEnrolment, ReportAttendance and ReportFollowUp rows (each follow-up also gets
 * a fresh id, since its own id leads back to them in the participants service): who took part in what, who
 * came and who dropped out stay countable (distinct participants, marks by code and follow-ups by reason are
 * unchanged), but nothing here leads back to the person, and the
 * pseudonym is not derived from the id. One transaction per batch; a participant is claimed (pseudonymisedAt
 * set, only if still unset) before their rows change, so two runs at once do each one once and a second
 * run finds nobody. No enrolment can arrive for them later: they left, and the participants service
 * enrols nobody after that; a replayed event is skipped by ProcessedEvent.
 */
export async function pseudonymiseDue(prisma: PrismaClient, cutoff: Date, batchSize = 200): Promise<PseudonymisationCounts> {
  const total: PseudonymisationCounts = { participants: 0, enrolments: 0, attendanceMarks: 0, followUps: 0 };
  for (;;) {
    const batch = await prisma.$transaction(async (tx) => {
      const due = await tx.reportParticipantExit.findMany({
        where: dueWhere(cutoff),
        select: { participantId: true },
        orderBy: { participantId: 'asc' },
        take: batchSize,
      });
      const pseudonymisedAt = new Date();
      const counts = { participants: 0, enrolments: 0, attendanceMarks: 0, followUps: 0 };
      for (const { participantId } of due) {
        const claimed = await tx.reportParticipantExit.updateMany({
          where: { participantId, pseudonymisedAt: null },
          data: { pseudonymisedAt },
        });
        if (!claimed.count) continue;
        counts.participants++;
        const pseudonym = randomUUID();
        counts.enrolments += (await tx.reportEnrolment.updateMany({ where: { participantId }, data: { participantId: pseudonym } })).count;
        counts.attendanceMarks += (
          await tx.reportAttendance.updateMany({ where: { participantId }, data: { participantId: pseudonym } })
        ).count;
        counts.followUps += await pseudonymiseFollowUps(tx, participantId, pseudonym);
        // Their target group stays on their enrolments (under the pseudonym); nothing else keeps their id.
        await tx.reportParticipant.deleteMany({ where: { participantId } });
        await tx.reportEnrolmentRequest.deleteMany({ where: { participantId } });
      }
      return { found: due.length, ...counts };
    });
    for (const key of Object.keys(total) as (keyof PseudonymisationCounts)[]) total[key] += batch[key];
    // A short batch was the last; exits claimed by another run meanwhile are no longer due, so this ends.
    if (batch.found < batchSize) return total;
  }
}

/** A participant's follow-ups under the pseudonym, each with a fresh id (one statement, however many). */
async function pseudonymiseFollowUps(tx: Prisma.TransactionClient, participantId: string, pseudonym: string): Promise<number> {
  return tx.$executeRaw`UPDATE "ReportFollowUp" SET "participantId" = ${pseudonym}, "id" = gen_random_uuid()::text WHERE "participantId" = ${participantId}`;
}
