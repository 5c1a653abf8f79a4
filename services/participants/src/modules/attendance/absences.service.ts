import type { Prisma } from '../../generated/prisma/client';
import { followUpDue } from '../../domain/attendance-streak';
import { openFollowUp } from '../follow-up/follow-up.service';
import { followUpOpeningsOf, marksOfEnrolments } from './attendance.repository';

type Tx = Prisma.TransactionClient;

/**
 * The rule of three, applied after marks changed: for each enrolment that just got an unexcused absence
 * or a refusal, its marks in session order (src/domain/attendance-streak.ts) decide whether a follow-up
 * is due; openFollowUp opens exactly one (a partial unique index on the OPEN follow-up of an enrolment).
 * Runs under the activity's lock, so concurrent roll calls of the activity are judged one after another.
 * Two statements to judge any number of enrolments; one opening per follow-up due.
 */
export async function openDueFollowUps(tx: Tx, absences: readonly { enrolmentId: string; participantId: string }[]) {
  if (!absences.length) return 0;
  const enrolmentIds = [...new Set(absences.map((a) => a.enrolmentId))];
  const marks = await marksOfEnrolments(tx, enrolmentIds);
  const openings = await followUpOpeningsOf(tx, enrolmentIds);
  let opened = 0;
  for (const enrolmentId of enrolmentIds) {
    const own = marks.filter((m) => m.enrolmentId === enrolmentId);
    const due = followUpDue(
      own.map((m) => ({ code: m.code, sessionStartsAt: m.session.startsAt })),
      openings.filter((o) => o.enrolmentId === enrolmentId).map((o) => o.openedAt),
    );
    if (!due) continue;
    const participantId = absences.find((a) => a.enrolmentId === enrolmentId)!.participantId;
    if (await openFollowUp(tx, { enrolmentId, participantId, trigger: 'ABSENCES', absencesInRow: due.absencesInRow })) opened++;
  }
  return opened;
}
