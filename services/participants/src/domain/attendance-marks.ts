import type { AbsenceReason, AttendanceCode } from '../generated/prisma/enums';

// What a roll call may record, as plain rules: the service asks `rollCallProblem` before writing
// anything, so a refused call writes nothing. Each problem names a stable `reason` (extensions.reason)
// and the input field it is about.

const DAY = 86_400_000;

/** Facilitators may record or correct a session's marks until 7 days after it ended; coordinators any time, with a note. */
export const FACILITATOR_WINDOW_DAYS = 7;

export const NOTE_MAX_LENGTH = 1000;

/** Written by the system when a session is cancelled, never by a person. */
export const SYSTEM_CODES: readonly AttendanceCode[] = ['SESSION_CANCELLED'];

export interface MarkInput {
  participantId: string;
  code: AttendanceCode;
  absenceReason?: AbsenceReason | null;
  note?: string | null;
}

export interface SessionFacts {
  startsAt: Date;
  endsAt: Date;
  status: 'SCHEDULED' | 'HELD' | 'CANCELLED';
}

/** Who records: a coordinator of the prison, or a facilitator (partner staff, a volunteer of the session). */
export type Recorder = 'COORDINATOR' | 'FACILITATOR';

export type RollCallReason =
  | 'NO_MARKS'
  | 'DUPLICATE_PARTICIPANT'
  | 'NOT_EXPECTED'
  | 'SESSION_CANCELLED'
  | 'SESSION_NOT_STARTED'
  | 'RECORDING_WINDOW_CLOSED'
  | 'NOTE_REQUIRED'
  | 'NOTE_TOO_LONG'
  | 'SYSTEM_CODE'
  | 'ABSENCE_REASON_REQUIRED'
  | 'ABSENCE_REASON_NOT_ALLOWED';

export interface RollCallProblem {
  reason: RollCallReason;
  field: string;
  message: string;
}

const problem = (reason: RollCallReason, field: string, message: string): RollCallProblem => ({ reason, field, message });

/** The note as kept: trimmed, null when empty. */
export const noteOf = (note: string | null | undefined) => note?.trim() || null;

/** The first problem of one mark alone (its code, reason and note), or null. */
export function markProblem(mark: MarkInput, index: number): RollCallProblem | null {
  const at = `marks.${index}`;
  if (SYSTEM_CODES.includes(mark.code))
    return problem('SYSTEM_CODE', `${at}.code`, 'SESSION_CANCELLED is written by the system when a session is cancelled.');
  if (mark.code === 'ABSENT_EXCUSED' && !mark.absenceReason)
    return problem('ABSENCE_REASON_REQUIRED', `${at}.absenceReason`, 'Give the reason of an excused absence.');
  if (mark.code !== 'ABSENT_EXCUSED' && mark.absenceReason)
    return problem('ABSENCE_REASON_NOT_ALLOWED', `${at}.absenceReason`, 'An absence reason goes with ABSENT_EXCUSED only.');
  if ((noteOf(mark.note)?.length ?? 0) > NOTE_MAX_LENGTH)
    return problem('NOTE_TOO_LONG', `${at}.note`, `Keep a note under ${NOTE_MAX_LENGTH} characters.`);
  return null;
}

/** The first problem of the whole call when it is `now`, or null: nothing is written unless it is null. */
export function rollCallProblem(
  session: SessionFacts,
  marks: readonly MarkInput[],
  expected: ReadonlySet<string>,
  recorder: Recorder,
  now: Date,
): RollCallProblem | null {
  if (!marks.length) return problem('NO_MARKS', 'marks', 'Give at least one mark.');
  if (session.status === 'CANCELLED')
    return problem('SESSION_CANCELLED', 'sessionId', 'The session was cancelled: there is nothing to record.');
  const onlyNotRequired = marks.every((m) => m.code === 'NOT_REQUIRED');
  // Known in advance (a participant with a court date): NOT_REQUIRED may be recorded before the start.
  if (session.startsAt.getTime() > now.getTime() && !onlyNotRequired)
    return problem('SESSION_NOT_STARTED', 'sessionId', 'The session has not started yet: only NOT_REQUIRED can be recorded before it.');
  const late = now.getTime() - session.endsAt.getTime() > FACILITATOR_WINDOW_DAYS * DAY;
  if (late && recorder === 'FACILITATOR')
    return problem(
      'RECORDING_WINDOW_CLOSED',
      'sessionId',
      `The session ended more than ${FACILITATOR_WINDOW_DAYS} days ago: ask a coordinator of the prison to correct it.`,
    );
  const seen = new Set<string>();
  for (const [index, mark] of marks.entries()) {
    if (seen.has(mark.participantId))
      return problem('DUPLICATE_PARTICIPANT', `marks.${index}.participantId`, 'Each participant is marked once per call.');
    seen.add(mark.participantId);
    if (!expected.has(mark.participantId))
      return problem('NOT_EXPECTED', `marks.${index}.participantId`, 'Only participants expected at the session can be marked.');
    const own = markProblem(mark, index);
    if (own) return own;
    // A coordinator correcting after the facilitators' window says why, so the history explains it.
    if (late && !noteOf(mark.note))
      return problem('NOTE_REQUIRED', `marks.${index}.note`, `After ${FACILITATOR_WINDOW_DAYS} days a correction needs a note saying why.`);
  }
  return null;
}

/** True when the mark as asked is what is already recorded: nothing to change, no history line. */
export const sameMark = (
  current: { code: AttendanceCode; absenceReason: AbsenceReason | null; note: string | null } | undefined,
  mark: MarkInput,
) =>
  !!current && current.code === mark.code && current.absenceReason === (mark.absenceReason ?? null) && current.note === noteOf(mark.note);
