import type { Prisma, PrismaClient } from '../generated/prisma/client';
import { anonymisedIdentity, LEFT_STATUSES } from '../domain/retention';

/** What retention changes (or would change) in this service: counts only, never who. */
export interface AnonymisationCounts {
  participants: number;
  /** Enrolment notes cleared: free text that may name the participant. */
  enrolmentNotes: number;
  /** Reasons of enrolment changes cleared, for the same reason. */
  changeReasons: number;
}

/** isDueForAnonymisation (domain/retention.ts) as a query: the two must select the same participants. */
export const dueWhere = (cutoff: Date): Prisma.ParticipantWhereInput => ({
  anonymisedAt: null,
  status: { in: [...LEFT_STATUSES] },
  statusChangedAt: { lt: cutoff },
});

/** What a run at this cut-off would change, changing nothing. */
export async function countDue(prisma: PrismaClient, cutoff: Date): Promise<AnonymisationCounts> {
  const participant = dueWhere(cutoff);
  const [participants, enrolmentNotes, changeReasons] = await Promise.all([
    prisma.participant.count({ where: participant }),
    prisma.enrolment.count({ where: { participant, note: { not: null } } }),
    prisma.enrolmentChange.count({ where: { enrolment: { participant }, reason: { not: null } } }),
  ]);
  return { participants, enrolmentNotes, changeReasons };
}

/**
 * Anonymises the participants due at the cut-off, one transaction per batch. Each row is changed only if
 * it is still due when it is written (the condition is part of the UPDATE, and PostgreSQL re-checks it on
 * a row another transaction changed meanwhile), so two runs at once, or a run beside the running
 * service, anonymise everyone once; a second run finds nobody. Ids, prison, gender, legal status, custody
 * status, dates and enrolments (their statuses) stay: the figures are made of those.
 */
export async function anonymiseDue(prisma: PrismaClient, cutoff: Date, batchSize = 200): Promise<AnonymisationCounts> {
  const total: AnonymisationCounts = { participants: 0, enrolmentNotes: 0, changeReasons: 0 };
  for (;;) {
    const batch = await prisma.$transaction(async (tx) => {
      const due = await tx.participant.findMany({ where: dueWhere(cutoff), select: { id: true }, orderBy: { id: 'asc' }, take: batchSize });
      const anonymisedAt = new Date();
      const changed: string[] = [];
      for (const { id } of due) {
        const { count } = await tx.participant.updateMany({
          where: { id, ...dueWhere(cutoff) },
          data: { ...anonymisedIdentity(id), anonymisedAt },
        });
        if (count) changed.push(id);
      }
      const notes = await tx.enrolment.updateMany({ where: { participantId: { in: changed }, note: { not: null } }, data: { note: null } });
      const reasons = await tx.enrolmentChange.updateMany({
        where: { enrolment: { participantId: { in: changed } }, reason: { not: null } },
        data: { reason: null },
      });
      return { found: due.length, participants: changed.length, enrolmentNotes: notes.count, changeReasons: reasons.count };
    });
    total.participants += batch.participants;
    total.enrolmentNotes += batch.enrolmentNotes;
    total.changeReasons += batch.changeReasons;
    // A short batch was the last; rows taken by another run meanwhile are no longer due, so this ends.
    if (batch.found < batchSize) return total;
  }
}
