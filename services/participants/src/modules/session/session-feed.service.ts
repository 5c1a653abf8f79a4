import { inRuns } from '@cort/events';
import type { Prisma, SessionStatus } from '../../generated/prisma/client';
import { recordAttendanceMarked } from '../attendance/attendance.events';
import { deleteMarksWithCode, recordMarkChanges, type MarkChangeRow } from '../attendance/attendance.repository';
import { writeMarks } from '../attendance/marks.service';
import { lockActivity } from '../enrolment/enrolment.repository';
import { saveSessionViews, type SessionFacts } from './session.repository';

// The participants' view of sessions, kept from the activities feed, and what a session's fate does to
// its marks. Each runs in the feed page's transaction under the activity's lock, as a roll call does, so
// a cancellation and a roll call of the same session are applied one after the other. Applying an event
// twice changes nothing.

type Tx = Prisma.TransactionClient;

const SYSTEM = 'system:activities-feed';

/**
 * Scheduled, moved (the facts are the new time and room) or held: the view is kept as the facts say,
 * the marks stay. `status` is what the event means when its facts would not say it. The feed brings
 * these by the thousand: a run of them is kept in a few statements.
 */
export const keepSession = (status?: SessionStatus) =>
  inRuns<SessionFacts & { status: SessionStatus }, Tx>(
    async (tx, events) =>
      void (await saveSessionViews(
        tx,
        events.map(({ payload }) => ({ facts: payload, status: status ?? payload.status })),
      )),
  );

/**
 * Cancelled: each participant expected (ENROLLED) without a mark gets SESSION_CANCELLED, so the rule of
 * three and the figures see the session as neither attended nor missed. A mark recorded before (a
 * NOT_REQUIRED known in advance) is kept: it is neutral too.
 */
export async function sessionCancelled(tx: Tx, facts: SessionFacts) {
  await lockActivity(tx, facts.activityId);
  const [now] = await saveSessionViews(tx, [{ facts, status: 'CANCELLED' }]);
  const [enrolled, marked] = await Promise.all([
    tx.enrolment.findMany({ where: { activityId: now.activityId, status: 'ENROLLED' }, select: { id: true, participantId: true } }),
    tx.attendanceMark.findMany({ where: { sessionId: now.id }, select: { participantId: true } }),
  ]);
  const already = new Set(marked.map((m) => m.participantId));
  const marks = enrolled
    .filter((e) => !already.has(e.participantId))
    .map((e) => ({
      participantId: e.participantId,
      enrolmentId: e.id,
      code: 'SESSION_CANCELLED' as const,
      absenceReason: null,
      note: null,
    }));
  await writeMarks(tx, now, marks, SYSTEM, null);
}

/** Restored: scheduled again, and the system's SESSION_CANCELLED marks are removed (each removal in the history). */
export async function sessionRestored(tx: Tx, facts: SessionFacts) {
  await lockActivity(tx, facts.activityId);
  const [now] = await saveSessionViews(tx, [{ facts, status: 'SCHEDULED' }]);
  const removed = await deleteMarksWithCode(tx, now.id, 'SESSION_CANCELLED');
  const at = new Date();
  const changes: MarkChangeRow[] = removed.map((m) => ({
    sessionId: now.id,
    participantId: m.participantId,
    enrolmentId: m.enrolmentId,
    previousCode: 'SESSION_CANCELLED',
    code: null,
    absenceReason: null,
    note: null,
    by: SYSTEM,
    at,
    idempotencyKey: null,
  }));
  await recordMarkChanges(tx, changes);
  await recordAttendanceMarked(tx, now, changes);
}
