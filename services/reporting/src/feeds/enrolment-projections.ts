import { upsertRows } from '@cort/db';
import type { Prisma } from '../generated/prisma/client';
import { enrolmentRun, pairOf, pairsOf, type EnrolmentChange } from '../domain/enrolment-runs';
import { pseudonymisedAmong } from './pseudonymised';

type Tx = Prisma.TransactionClient;

/**
 * Writes a run of enrolment changes (the requests phase brings them by the hundred: placed, screened,
 * approved, withdrawn, in any order) in at most seven statements whatever its length: the changes of
 * participants already pseudonymised are left out (pseudonymisedAmong, one statement for the run), the
 * rows of the other changes' pairs and the target groups of those enrolled are read, what the run leaves
 * is worked out in order (enrolmentRun), and the requests, the ended requests and the new enrolments are
 * written at once.
 */
export async function projectEnrolments(tx: Tx, all: EnrolmentChange[]) {
  const hidden = await pseudonymisedAmong(
    tx,
    all.map((change) => pairOf(change).participantId),
  );
  const changes = hidden.size ? all.filter((change) => !hidden.has(pairOf(change).participantId)) : all;
  if (!changes.length) return;
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
