import { upsertRows } from '@cort/db';
import type { Prisma } from '../generated/prisma/client';
import { enrolmentRun, pairsOf, type EnrolmentChange } from '../domain/enrolment-runs';

type Tx = Prisma.TransactionClient;

/**
 * Writes a run of enrolment changes (the requests phase brings them by the hundred: placed, screened,
 * approved, withdrawn, in any order) in at most six statements whatever its length: the rows of the
 * changes' pairs and the target groups of those enrolled are read, what the run leaves is worked out in
 * order (enrolmentRun), and the requests, the ended requests and the new enrolments are written at once.
 * The changes of participants already pseudonymised were left out before (projectAll).
 */
export async function projectEnrolments(tx: Tx, changes: EnrolmentChange[]) {
  const pairs = pairsOf(changes);
  const enrolling = changes.flatMap((change) => (change.kind === 'enrolment' ? [change.enrolment] : []));
  const requests = await tx.reportEnrolmentRequest.findMany({ where: { OR: pairs } });
  const [enrolled, groups] = enrolling.length
    ? [
        await tx.reportEnrolment.findMany({
          where: { OR: enrolling.map(({ participantId, activityId }) => ({ participantId, activityId })) },
          select: { participantId: true, activityId: true },
        }),
        await tx.reportParticipant.findMany({ where: { participantId: { in: [...new Set(enrolling.map((e) => e.participantId))] } } }),
      ]
    : [[], []];
  const run = enrolmentRun(changes, { requests, enrolled, groups });
  if (run.ended.length) await tx.reportEnrolmentRequest.deleteMany({ where: { OR: run.ended } });
  await upsertRows(tx, 'ReportEnrolmentRequest', ['participantId', 'activityId'], run.requests);
  if (run.enrolments.length) await tx.reportEnrolment.createMany({ data: run.enrolments, skipDuplicates: true });
}
