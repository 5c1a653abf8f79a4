import { isSmallCell, SMALLEST_SHOWN, suppress } from './suppression';

/** The codes of an attendance mark, in the order the figures show them. */
export const ATTENDANCE_CODES = [
  'PRESENT',
  'ABSENT_EXCUSED',
  'ABSENT_UNEXCUSED',
  'REFUSED',
  'CLASH',
  'NOT_REQUIRED',
  'SESSION_CANCELLED',
] as const;

export type AttendanceCode = (typeof ATTENDANCE_CODES)[number];

/**
 * The marks that say whether someone expected came: the attendance rate's denominator. NOT_REQUIRED (they
 * were not expected after all) and SESSION_CANCELLED (there was nothing to come to) say nothing about it.
 */
export const RATE_CODES: readonly AttendanceCode[] = ['PRESENT', 'ABSENT_EXCUSED', 'ABSENT_UNEXCUSED', 'REFUSED', 'CLASH'];

export type MarkCounts = Record<AttendanceCode, number>;

/** Figures as a reader sees them: counts from 1 to 4 withheld, and the rate withheld with them. */
export interface MarkFigures {
  marks: Record<AttendanceCode, number | null>;
  /** PRESENT over the marks of RATE_CODES, from 0 to 1; null when there are none, or when withheld. */
  attendanceRate: number | null;
  /** True when some count (and so perhaps the rate) was withheld. */
  suppressed: boolean;
}

export const NO_MARKS: MarkCounts = Object.fromEntries(ATTENDANCE_CODES.map((code) => [code, 0])) as MarkCounts;

/** PRESENT over the marks that say whether someone came; null when there is no such mark. */
export function attendanceRate(counts: MarkCounts): number | null {
  const marked = RATE_CODES.reduce((sum, code) => sum + counts[code], 0);
  return marked ? counts.PRESENT / marked : null;
}

/**
 * The rate is withheld whenever a count it is computed from is: with the other counts shown, the rate gives
 * the withheld one back (3 present of 20 marks shows as 0.15, and 0.15 × 20 = 3; 20 present and 3 excused
 * shows 20/23, and 23 − 20 = 3). Withheld counts of codes outside the rate (NOT_REQUIRED,
 * SESSION_CANCELLED) do not enter it, so they leave it shown.
 */
function figuresOf(counts: MarkCounts, withheld: (code: AttendanceCode) => boolean): MarkFigures {
  const marks = Object.fromEntries(ATTENDANCE_CODES.map((code) => [code, withheld(code) ? null : counts[code]])) as MarkFigures['marks'];
  const rateWithheld = RATE_CODES.some((code) => marks[code] === null);
  return {
    marks,
    attendanceRate: rateWithheld ? null : attendanceRate(counts),
    suppressed: ATTENDANCE_CODES.some((code) => marks[code] === null),
  };
}

/** One session's figures: each code's count from 1 to 4 withheld (small-cell suppression, as offerOverview). */
export const sessionFigures = (counts: MarkCounts): MarkFigures => figuresOf(counts, (code) => suppress(counts[code]) === null);

/**
 * Whether the session counts withheld for one code could be worked out from that code's total: the total
 * minus the shown sessions' counts is their sum, which gives each of them exactly when one is withheld, or
 * when all of them are 1 (sum = how many) or all 4 (sum = 4 × how many), since each lies from 1 to 4.
 */
export function revealsWithheld(withheld: readonly number[]): boolean {
  const sum = withheld.reduce((total, count) => total + count, 0);
  if (withheld.length === 0) return false;
  return withheld.length === 1 || sum === withheld.length || sum === withheld.length * (SMALLEST_SHOWN - 1);
}

/**
 * The activity's figures over all its sessions: each code's total, withheld when it is from 1 to 4 or when
 * it would give back the sessions' withheld counts of that code (complementary suppression, see
 * revealsWithheld), and the rate withheld with any count it is computed from.
 */
export function totalFigures(sessions: readonly MarkCounts[]): MarkFigures {
  const total = Object.fromEntries(
    ATTENDANCE_CODES.map((code) => [code, sessions.reduce((sum, counts) => sum + counts[code], 0)]),
  ) as MarkCounts;
  const withheldOf = (code: AttendanceCode) => sessions.map((counts) => counts[code]).filter(isSmallCell);
  return figuresOf(total, (code) => isSmallCell(total[code]) || revealsWithheld(withheldOf(code)));
}
