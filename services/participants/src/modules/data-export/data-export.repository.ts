import { calendarDate } from '@cort/common';
import type { Participant, PrismaClient } from '../../generated/prisma/client';

const iso = (date: Date | null) => date?.toISOString() ?? null;

/** What this service holds about one participant, as plain JSON: every column, nothing left out. */
export async function participantsPartOf(prisma: PrismaClient, participant: Participant): Promise<Record<string, unknown>> {
  const [enrolments, reads, marks, markChanges] = await Promise.all([
    prisma.enrolment.findMany({
      where: { participantId: participant.id },
      include: { changes: { orderBy: { at: 'asc' } } },
      orderBy: { createdAt: 'asc' },
    }),
    prisma.auditEvent.findMany({ where: { participantId: participant.id }, orderBy: { at: 'asc' } }),
    prisma.attendanceMark.findMany({
      where: { participantId: participant.id },
      include: { session: { select: { startsAt: true } } },
      orderBy: [{ session: { startsAt: 'asc' } }, { id: 'asc' }],
    }),
    prisma.attendanceMarkChange.findMany({ where: { participantId: participant.id }, orderBy: [{ at: 'asc' }, { id: 'asc' }] }),
  ]);
  const followUps = await prisma.dropoutFollowUp.findMany({ where: { participantId: participant.id }, orderBy: { openedAt: 'asc' } });
  const suspensions = await prisma.enrolmentSuspension.findMany({ where: { participantId: participant.id }, orderBy: { startsAt: 'asc' } });
  const reviews = await prisma.enrolmentReview.findMany({ where: { participantId: participant.id }, orderBy: { openedAt: 'asc' } });
  return {
    participant: {
      ...participant,
      registeredAt: iso(participant.registeredAt),
      statusChangedAt: iso(participant.statusChangedAt),
      updatedAt: iso(participant.updatedAt),
      anonymisedAt: iso(participant.anonymisedAt),
    },
    enrolments: enrolments.map(({ changes, ...enrolment }) => ({
      ...enrolment,
      createdAt: iso(enrolment.createdAt),
      updatedAt: iso(enrolment.updatedAt),
      history: changes.map(({ from, to, by, at, reason }) => ({ from, to, by, at: iso(at), reason })),
    })),
    // Their dropout follow-ups: what opened them, the conversation (day, reasons, outcome, note), how they closed.
    followUps: followUps.map((followUp) => ({
      ...followUp,
      openedAt: iso(followUp.openedAt),
      closedAt: iso(followUp.closedAt),
      conversationHeldOn: followUp.conversationHeldOn ? calendarDate(followUp.conversationHeldOn) : null,
      recordedAt: iso(followUp.recordedAt),
      updatedAt: iso(followUp.updatedAt),
    })),
    // The periods they could not come (days, reason, note, who suspended and resumed them when).
    suspensions: suspensions.map((s) => ({
      ...s,
      from: calendarDate(s.from),
      until: calendarDate(s.until),
      startsAt: iso(s.startsAt),
      endsAt: iso(s.endsAt),
      suspendedAt: iso(s.suspendedAt),
      resumedAt: iso(s.resumedAt),
    })),
    // The reviews of their enrolments after a change of circumstances (causes, decision, note).
    reviews: reviews.map((r) => ({ ...r, openedAt: iso(r.openedAt), decidedAt: iso(r.decidedAt) })),
    // Their attendance: each session's mark (code, absence reason, note, who recorded it when)…
    attendanceMarks: marks.map(({ session, ...mark }) => ({
      ...mark,
      sessionStartsAt: iso(session.startsAt),
      recordedAt: iso(mark.recordedAt),
    })),
    // …and every change of a mark, including those of marks since removed.
    attendanceHistory: markChanges.map((change) => ({ ...change, at: iso(change.at) })),
    // Who saw their data, when, and which categories (Art. 15(1)(c): the recipients).
    accessLog: reads.map(({ at, actor, roles, categories, action, operationName }) => ({
      at: iso(at),
      actor,
      roles,
      categories,
      action,
      operationName,
    })),
  };
}
