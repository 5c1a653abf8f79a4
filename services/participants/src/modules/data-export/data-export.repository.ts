import type { Participant, PrismaClient } from '../../generated/prisma/client';

const iso = (date: Date | null) => date?.toISOString() ?? null;

/** What this service holds about one participant, as plain JSON: every column, nothing left out. */
export async function participantsPartOf(prisma: PrismaClient, participant: Participant): Promise<Record<string, unknown>> {
  const [enrolments, reads] = await Promise.all([
    prisma.enrolment.findMany({
      where: { participantId: participant.id },
      include: { changes: { orderBy: { at: 'asc' } } },
      orderBy: { createdAt: 'asc' },
    }),
    prisma.auditEvent.findMany({ where: { participantId: participant.id }, orderBy: { at: 'asc' } }),
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
      history: changes.map(({ from, to, by, at, reason }) => ({ from, to, by, at: iso(at), reason })),
    })),
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
