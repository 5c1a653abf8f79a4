import type { Prisma } from '../generated/prisma/client';
import { participantOf } from '../domain/pseudonymity';
import type { Projection } from '../domain/report-events';

/**
 * A page's projections without those of participants retention already gave a pseudonym here
 * (participantOf: the kinds written under their id), found in one statement for the page, none when no
 * projection is about a participant. They left long ago, so no mark, enrolment change or follow-up of
 * theirs should still come; if one did (a feed replayed from its start), it is not projected: written
 * under their id it would undo the pseudonymisation, and their rows under the pseudonym cannot be found
 * to replace. Its event stays processed and is no dead letter: it was read, and has nothing to change.
 */
export async function withoutPseudonymised(tx: Prisma.TransactionClient, projections: Projection[]): Promise<Projection[]> {
  const participants = projections.map(participantOf);
  const named = participants.filter((id): id is string => id !== null);
  if (!named.length) return projections;
  const exits = await tx.reportParticipantExit.findMany({
    where: { participantId: { in: [...new Set(named)] }, pseudonymisedAt: { not: null } },
    select: { participantId: true },
  });
  if (!exits.length) return projections;
  const hidden = new Set(exits.map((exit) => exit.participantId));
  return projections.filter((_, i) => {
    const participantId = participants[i];
    return participantId === null || !hidden.has(participantId);
  });
}
