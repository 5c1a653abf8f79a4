import type { AttendanceCode } from '../generated/prisma/enums';

// The rule of three: three ABSENT_UNEXCUSED or REFUSED marks in a row for one enrolment open one
// follow-up. The row is read from the marks in the order of the sessions' starts, never in the order
// they were recorded, so corrections, offline batches and concurrent calls all give the same answer.

/** Marks that count in a row. */
export const COUNTING: readonly AttendanceCode[] = ['ABSENT_UNEXCUSED', 'REFUSED'];

/**
 * Marks that neither count nor break the row: excused, not required, cancelled — and CLASH, which is an
 * excused absence the app proposes (the participant was expected at another activity at the same time).
 */
export const NEUTRAL: readonly AttendanceCode[] = ['ABSENT_EXCUSED', 'NOT_REQUIRED', 'SESSION_CANCELLED', 'CLASH'];

export const ABSENCES_IN_A_ROW = 3;

export interface TimedMark {
  code: AttendanceCode;
  sessionStartsAt: Date;
}

export interface AbsenceRun {
  /** The start of the run's first counting session. */
  startsAt: Date;
  /** How many counting marks in a row. */
  length: number;
}

/** Every run of counting marks, in session order (PRESENT breaks a run; neutral marks are skipped). */
export function absenceRuns(marks: readonly TimedMark[]): AbsenceRun[] {
  const ordered = [...marks].sort((a, b) => a.sessionStartsAt.getTime() - b.sessionStartsAt.getTime());
  const runs: AbsenceRun[] = [];
  let current: AbsenceRun | null = null;
  for (const mark of ordered) {
    if (NEUTRAL.includes(mark.code)) continue;
    if (COUNTING.includes(mark.code)) {
      if (current) current.length++;
      else runs.push((current = { startsAt: mark.sessionStartsAt, length: 1 }));
    } else current = null;
  }
  return runs;
}

/**
 * Whether the marks call for a follow-up now: the latest run of three or more, unless a follow-up of the
 * enrolment was opened since that run began (it is that run's follow-up, whatever became of it). A run
 * that grows, or is recorded again, opens nothing more; a new run after a presence can open a new one.
 */
export function followUpDue(marks: readonly TimedMark[], followUpsOpenedAt: readonly Date[]): { absencesInRow: number } | null {
  const run = absenceRuns(marks)
    .filter((r) => r.length >= ABSENCES_IN_A_ROW)
    .at(-1);
  if (!run) return null;
  if (followUpsOpenedAt.some((openedAt) => openedAt.getTime() >= run.startsAt.getTime())) return null;
  return { absencesInRow: run.length };
}
