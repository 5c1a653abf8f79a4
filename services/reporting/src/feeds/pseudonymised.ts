import type { Prisma } from '../generated/prisma/client';
import { participantOf } from '../domain/pseudonymity';
import type { Projection } from '../domain/report-events';

/**
 * A page's projections without those of participants retention already gave a pseudonym here
 * (participantOf: the kinds written under their id), found in one statement for the page, none when no
 * projection is about a participant; the exits read are locked until the page commits (see below). They left long ago, so no mark, enrolment change or follow-up of
 * theirs should still come; if one did (a feed replayed from its start), it is not projected: written
 * under their id it would undo the pseudonymisation, and their rows under the pseudonym cannot be found
 * to replace. Its event stays processed and is no dead letter: it was read, and has nothing to change.
 */
export async function withoutPseudonymised(tx: Prisma.TransactionClient, projections: Projection[]): Promise<Projection[]> {
  const participants = projections.map(participantOf);
  const named = participants.filter((id): id is string => id !== null);
  if (!named.length) return projections;
  // FOR SHARE on every exit the page names, pseudonymised or not, in the order retention claims them (so
  // neither waits for the other in a circle): retention claims a participant by updating
  // that row, so a claim committed first is seen here, and one that comes later waits for this page's
  // writes and then gives them the pseudonym too. Without the lock a claim committed between this read and
  // the page's writes would leave their rows under the real id for good.
  const rows = await tx.$queryRaw<{ participantId: string; pseudonymised: boolean }[]>`
    SELECT "participantId", "pseudonymisedAt" IS NOT NULL AS "pseudonymised"
      FROM "ReportParticipantExit"
     WHERE "participantId" = ANY(${[...new Set(named)]}::text[])
     ORDER BY "participantId"
       FOR SHARE`;
  const exits = rows.filter((row) => row.pseudonymised);
  if (!exits.length) return projections;
  const hidden = new Set(exits.map((exit) => exit.participantId));
  return projections.filter((_, i) => {
    const participantId = participants[i];
    return participantId === null || !hidden.has(participantId);
  });
}
