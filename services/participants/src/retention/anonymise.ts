import type { Prisma, PrismaClient } from '../generated/prisma/client';
import { anonymisedIdentity, LEFT_STATUSES } from '../domain/retention';

/** What retention changes (or would change) in this service: counts only, never who. */
export interface AnonymisationCounts {
  participants: number;
  /** Enrolment and suspension notes cleared: free text that may name the participant. */
  enrolmentNotes: number;
  /** Reasons of enrolment changes cleared, for the same reason. */
  changeReasons: number;
  /** Notes of follow-up conversations cleared (their day, reason codes and outcome stay, for the figures). */
  followUpNotes: number;
  /** Notes of attendance marks and of their history cleared (codes and absence reasons stay, for the figures). */
  attendanceNotes: number;
  /** Comments of feedback forms entered before the cut-off cleared (free text that may name people; the scores stay). */
  feedbackComments: number;
  /**
   * Words of the screening cleared: the notes of non-associations either person of which is due, and the
   * reasons of their closing and reopening (the pair, the reason code and the dates stay).
   */
  screeningNotes: number;
}

/** Feedback forms whose comment retention clears: entered before the cut-off (a year ago by default). */
const commentDueWhere = (cutoff: Date) => ({ receivedOn: { lt: cutoff }, comment: { not: null } });

/** A non-association either of whose people is among these. */
const eitherOf = (ids: string[]): Prisma.NonAssociationWhereInput => ({
  OR: [{ participantAId: { in: ids } }, { participantBId: { in: ids } }],
});

/** isDueForAnonymisation (domain/retention.ts) as a query: the two must select the same participants. */
export const dueWhere = (cutoff: Date): Prisma.ParticipantWhereInput => ({
  anonymisedAt: null,
  status: { in: [...LEFT_STATUSES] },
  statusChangedAt: { lt: cutoff },
});

/** What a run at this cut-off would change, changing nothing. */
export async function countDue(prisma: PrismaClient, cutoff: Date): Promise<AnonymisationCounts> {
  const participant = dueWhere(cutoff);
  // A mark's history is not linked to the participant row (a restore deletes the mark), so it goes by id.
  const due = (await prisma.participant.findMany({ where: participant, select: { id: true } })).map(({ id }) => id);
  const [
    participants,
    enrolmentNotes,
    suspensionNotes,
    reviewNotes,
    changeReasons,
    followUpNotes,
    markNotes,
    markChangeNotes,
    feedbackComments,
    pairNotes,
    pairReasons,
    advice,
  ] = await Promise.all([
    prisma.participant.count({ where: participant }),
    prisma.enrolment.count({ where: { participant, note: { not: null } } }),
    prisma.enrolmentSuspension.count({ where: { participantId: { in: due }, note: { not: null } } }),
    prisma.enrolmentReview.count({ where: { participantId: { in: due }, note: { not: null } } }),
    prisma.enrolmentChange.count({ where: { enrolment: { participant }, reason: { not: null } } }),
    prisma.dropoutFollowUp.count({ where: { participant, conversationNote: { not: null } } }),
    prisma.attendanceMark.count({ where: { participantId: { in: due }, note: { not: null } } }),
    prisma.attendanceMarkChange.count({ where: { participantId: { in: due }, note: { not: null } } }),
    prisma.feedbackForm.count({ where: commentDueWhere(cutoff) }),
    prisma.nonAssociation.count({ where: { ...eitherOf(due), note: { not: null } } }),
    prisma.nonAssociationChange.count({ where: { nonAssociation: eitherOf(due), reason: { not: null } } }),
    prisma.securityAdviceRequest.count({
      where: { participantId: { in: due }, OR: [{ conditions: { not: null } }, { reason: { not: null } }] },
    }),
  ]);
  return {
    participants,
    enrolmentNotes: enrolmentNotes + suspensionNotes + reviewNotes,
    changeReasons,
    followUpNotes,
    attendanceNotes: markNotes + markChangeNotes,
    feedbackComments,
    screeningNotes: pairNotes + pairReasons + advice,
  };
}

/**
 * Anonymises the participants due at the cut-off, one transaction per batch. Each row is changed only if
 * it is still due when it is written (the condition is part of the UPDATE, and PostgreSQL re-checks it on
 * a row another transaction changed meanwhile), so two runs at once, or a run beside the running
 * service, anonymise everyone once; a second run finds nobody. Ids, prison, gender, legal status, custody
 * status, dates and enrolments (their statuses) stay: the figures are made of those.
 */
export async function anonymiseDue(prisma: PrismaClient, cutoff: Date, batchSize = 200): Promise<AnonymisationCounts> {
  // Feedback comments are linked to no participant: they go by the day they were entered, in one statement.
  const { count: feedbackComments } = await prisma.feedbackForm.updateMany({ where: commentDueWhere(cutoff), data: { comment: null } });
  const total: AnonymisationCounts = {
    participants: 0,
    enrolmentNotes: 0,
    changeReasons: 0,
    followUpNotes: 0,
    attendanceNotes: 0,
    feedbackComments,
    screeningNotes: 0,
  };
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
      // A suspension keeps its days and reason code (the figures); its note goes with the enrolment's.
      const suspensionNotes = await tx.enrolmentSuspension.updateMany({
        where: { participantId: { in: changed }, note: { not: null } },
        data: { note: null },
      });
      const reviewNotes = await tx.enrolmentReview.updateMany({
        where: { participantId: { in: changed }, note: { not: null } },
        data: { note: null },
      });
      const reasons = await tx.enrolmentChange.updateMany({
        where: { enrolment: { participantId: { in: changed } }, reason: { not: null } },
        data: { reason: null },
      });
      // The follow-ups' reason codes and outcomes stay (codes, not words about the person); their notes go.
      const followUpNotes = await tx.dropoutFollowUp.updateMany({
        where: { participantId: { in: changed }, conversationNote: { not: null } },
        data: { conversationNote: null },
      });
      // Attendance keeps its codes and absence reasons (the figures); the notes, on the mark and in its history, go.
      const markNotes = await tx.attendanceMark.updateMany({
        where: { participantId: { in: changed }, note: { not: null } },
        data: { note: null },
      });
      const markChangeNotes = await tx.attendanceMarkChange.updateMany({
        where: { participantId: { in: changed }, note: { not: null } },
        data: { note: null },
      });
      // A non-association's words may name either person: they go when one of the two is anonymised.
      const pairNotes = await tx.nonAssociation.updateMany({ where: { ...eitherOf(changed), note: { not: null } }, data: { note: null } });
      const pairReasons = await tx.nonAssociationChange.updateMany({
        where: { nonAssociation: eitherOf(changed), reason: { not: null } },
        data: { reason: null },
      });
      // The advice itself (a code) stays; its conditions and reason are words about the person.
      const advice = await tx.securityAdviceRequest.updateMany({
        where: { participantId: { in: changed }, OR: [{ conditions: { not: null } }, { reason: { not: null } }] },
        data: { conditions: null, reason: null },
      });
      return {
        found: due.length,
        screeningNotes: pairNotes.count + pairReasons.count + advice.count,
        participants: changed.length,
        enrolmentNotes: notes.count + suspensionNotes.count + reviewNotes.count,
        changeReasons: reasons.count,
        followUpNotes: followUpNotes.count,
        attendanceNotes: markNotes.count + markChangeNotes.count,
      };
    });
    total.participants += batch.participants;
    total.enrolmentNotes += batch.enrolmentNotes;
    total.changeReasons += batch.changeReasons;
    total.followUpNotes += batch.followUpNotes;
    total.attendanceNotes += batch.attendanceNotes;
    total.screeningNotes += batch.screeningNotes;
    // A short batch was the last; rows taken by another run meanwhile are no longer due, so this ends.
    if (batch.found < batchSize) return total;
  }
}
