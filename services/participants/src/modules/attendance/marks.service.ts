import type { AttendanceMark, Prisma, SessionView } from '../../generated/prisma/client';
import { sameMark } from '../../domain/attendance-marks';
import { recordAttendanceMarked } from './attendance.events';
import { marksOfSession, recordMarkChanges, upsertMarks, type MarkChangeRow, type MarkWrite } from './attendance.repository';
import { openDueFollowUps } from './absences.service';

type Tx = Prisma.TransactionClient;

/**
 * Writes marks of one session, inside a transaction that holds the activity's lock (lockActivity): the
 * marks as they are under the lock are compared with the ones asked, and only the ones that change are
 * written, each with its history line and its AttendanceMarked event; then the rule of three looks at
 * the enrolments that changed. A constant number of statements, whatever the number of marks.
 * Two facilitators recording at once are serialised by the lock: the second sees the first's marks, so
 * each participant keeps one mark and the history has both changes.
 */
export async function writeMarks(
  tx: Tx,
  session: Pick<SessionView, 'id' | 'activityId' | 'startsAt'>,
  marks: readonly MarkWrite[],
  by: string,
  idempotencyKey: string | null,
  at = new Date(),
  /** The session's marks, when the caller read them under the same lock already. */
  known?: readonly AttendanceMark[],
) {
  const current = new Map((known ?? (await marksOfSession(tx, session.id))).map((m) => [m.participantId, m]));
  const changed = marks.filter((m) => !sameMark(current.get(m.participantId), m));
  if (!changed.length) return [];
  await upsertMarks(tx, session, changed, by, at);
  const changes: MarkChangeRow[] = changed.map((m) => ({
    sessionId: session.id,
    participantId: m.participantId,
    enrolmentId: m.enrolmentId,
    previousCode: current.get(m.participantId)?.code ?? null,
    code: m.code,
    absenceReason: m.absenceReason,
    note: m.note,
    by,
    at,
    idempotencyKey,
  }));
  await recordMarkChanges(tx, changes);
  await recordAttendanceMarked(tx, session, changes);
  await openDueFollowUps(
    tx,
    changed.filter((m) => m.code === 'ABSENT_UNEXCUSED' || m.code === 'REFUSED'),
  );
  return changes;
}
