import type { SessionStatus } from '../generated/prisma/enums';

/**
 * A session's life: SCHEDULED → HELD when it ends without having been cancelled, or as soon as its roll
 * call is recorded; CANCELLED while it has not been held for certain; CANCELLED → SCHEDULED (restored)
 * before it starts, when its room is still free.
 *
 * "Recording attendance confirms it": the participants service owns the roll call and accepts marks only
 * from a session's start (contract mobile/RecordAttendance). This service learns of the first real mark
 * (not NOT_REQUIRED, not the system's SESSION_CANCELLED) from the participants feed, as
 * `attendanceRecordedAt` (feeds/participants.feed.ts reads that one event with its own narrow schema,
 * so this package never imports @cort/participants, which depends on it). A session with a roll call
 * took place: it is HELD from then on and can no longer be cancelled or moved. One without a roll call
 * that has ended counts as held too, yet a coordinator may still cancel it afterwards (a lockdown
 * entered the next morning: it did not take place), as cancelSession always allowed; a bulk
 * cancellation (cancelSessions) never touches a held one.
 */
export interface SessionTimes {
  status: SessionStatus;
  startsAt: Date;
  endsAt: Date;
  attendanceRecordedAt: Date | null;
}

/**
 * The status as it reads now: a scheduled session that has ended, or whose roll call was recorded, is
 * HELD even before the background sweep (session-held.service.ts) has written it, so every read agrees.
 */
export const statusAt = (session: SessionTimes, now: Date): SessionStatus =>
  session.status === 'SCHEDULED' && (session.endsAt.getTime() <= now.getTime() || session.attendanceRecordedAt) ? 'HELD' : session.status;

export const hasStarted = (session: Pick<SessionTimes, 'startsAt'>, now: Date) => session.startsAt.getTime() <= now.getTime();

/** A refusal: the message and the machine-readable reason clients branch on (extensions.reason). */
export interface SessionRefusal {
  message: string;
  reason: 'ATTENDANCE_RECORDED' | 'SESSION_HELD' | 'SESSION_CANCELLED' | 'SESSION_NOT_CANCELLED' | 'SESSION_STARTED';
}

const ATTENDANCE_RECORDED: SessionRefusal = {
  message: 'Attendance was recorded for this session: it took place and can no longer be cancelled or moved.',
  reason: 'ATTENDANCE_RECORDED',
};

/** Why one session cannot be cancelled now, or null (an ended one without a roll call still can). */
export function cancellationProblem(session: SessionTimes): SessionRefusal | null {
  if (session.status === 'CANCELLED') return { message: 'The session is already cancelled.', reason: 'SESSION_CANCELLED' };
  return session.attendanceRecordedAt ? ATTENDANCE_RECORDED : null;
}

/** Whether a bulk cancellation (a lockdown, a strike) takes this session: only one still scheduled now. */
export const cancelledInBulk = (session: SessionTimes, now: Date) => statusAt(session, now) === 'SCHEDULED';

/** Why a session cannot be restored now, or null (whether its room is still free is checked under the room's lock). */
export function restoreProblem(session: SessionTimes, now: Date): SessionRefusal | null {
  if (session.status !== 'CANCELLED') {
    return { message: `The session is ${statusAt(session, now).toLowerCase()}, not cancelled.`, reason: 'SESSION_NOT_CANCELLED' };
  }
  return hasStarted(session, now)
    ? { message: 'The session should have started already; schedule a new one instead.', reason: 'SESSION_STARTED' }
    : null;
}

/** Why a session cannot be moved now, or null: only a scheduled one still to come (restore a cancelled one first). */
export function moveProblem(session: SessionTimes, now: Date): SessionRefusal | null {
  if (session.status === 'CANCELLED') {
    return { message: 'The session is cancelled; restore it before moving it.', reason: 'SESSION_CANCELLED' };
  }
  if (session.attendanceRecordedAt) return ATTENDANCE_RECORDED;
  if (statusAt(session, now) === 'HELD') return { message: 'The session was held; it can no longer be moved.', reason: 'SESSION_HELD' };
  if (hasStarted(session, now)) {
    return { message: 'The session has started; it can no longer be moved.', reason: 'SESSION_STARTED' };
  }
  return null;
}
