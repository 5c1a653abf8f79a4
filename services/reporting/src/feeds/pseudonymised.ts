import type { Prisma } from '../generated/prisma/client';

/**
 * Those of the participants that retention already gave a pseudonym here, in one statement however many.
 * They left long ago, so no mark, enrolment change or follow-up of theirs should still come; if one did
 * (a feed replayed from its start), it is not projected: written under their id it would undo the
 * pseudonymisation, and their rows under the pseudonym cannot be found to replace.
 */
export async function pseudonymisedAmong(tx: Prisma.TransactionClient, participantIds: readonly string[]) {
  const exits = await tx.reportParticipantExit.findMany({
    where: { participantId: { in: [...new Set(participantIds)] }, pseudonymisedAt: { not: null } },
    select: { participantId: true },
  });
  return new Set(exits.map((exit) => exit.participantId));
}
