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
  const [nonAssociations, adviceRequests] = await Promise.all([
    prisma.nonAssociation.findMany({
      where: { OR: [{ participantAId: participant.id }, { participantBId: participant.id }] },
      include: { changes: { orderBy: { at: 'asc' } } },
      orderBy: { openedAt: 'asc' },
    }),
    prisma.securityAdviceRequest.findMany({ where: { participantId: participant.id }, orderBy: { requestedAt: 'asc' } }),
  ]);
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
      requestedOn: calendarDate(enrolment.requestedOn),
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
    // Whom they must be kept apart from: the reason, note and history, never who the other person is (their own data).
    nonAssociations: nonAssociations.map((n) => ({
      id: n.id,
      prisonId: n.prisonId,
      reason: n.reason,
      note: n.note,
      openedBy: n.openedBy,
      openedAt: iso(n.openedAt),
      closedAt: iso(n.closedAt),
      history: n.changes.map(({ action, by, at, reason }) => ({ action, by, at: iso(at), reason })),
    })),
    // The prison's security advice in their screenings.
    securityAdvice: adviceRequests.map((request) => ({
      ...request,
      requestedAt: iso(request.requestedAt),
      dueOn: calendarDate(request.dueOn),
      givenAt: iso(request.givenAt),
      updatedAt: iso(request.updatedAt),
    })),
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
