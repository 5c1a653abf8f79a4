import { belgianDay, calendarDate } from '@cort/common';

// A suspension keeps an ENROLLED participant's place while they cannot come (isolation, hospital, court):
// Belgian calendar days from..until, both included, as the instants [startsAt, endsAt) that sessions are
// judged against (a session is in it when it starts inside). A resumption ends it at the moment it is made.

export const SUSPENSION_REASONS = ['ISOLATION', 'HOSPITAL', 'COURT', 'SECURITY_MEASURE', 'OTHER'] as const;
export type SuspensionReason = (typeof SUSPENSION_REASONS)[number];

/** A suspension longer than a year is a withdrawal, not a pause. */
export const MAX_SUSPENSION_DAYS = 366;

export const NOTE_MAX_LENGTH = 1000;

export interface Period {
  startsAt: Date;
  endsAt: Date;
}

export type SuspensionReasonCode = 'UNTIL_BEFORE_FROM' | 'TOO_LONG' | 'NOTE_TOO_LONG';

export interface SuspensionProblem {
  reason: SuspensionReasonCode;
  field: string;
  message: string;
}

/** The instants of Belgian calendar days from..until (UTC-midnight dates, as the Date scalar hands them). */
export function periodOf(from: Date, until: Date): Period {
  return { startsAt: belgianDay(calendarDate(from)).from, endsAt: belgianDay(calendarDate(until)).to };
}

/** The first problem of a suspension asked, or null. */
export function suspensionProblem(input: { from: Date; until: Date; note?: string | null }): SuspensionProblem | null {
  if (input.until.getTime() < input.from.getTime())
    return { reason: 'UNTIL_BEFORE_FROM', field: 'until', message: 'The last day of a suspension cannot be before its first day.' };
  const days = (input.until.getTime() - input.from.getTime()) / 86_400_000 + 1;
  if (days > MAX_SUSPENSION_DAYS)
    return {
      reason: 'TOO_LONG',
      field: 'until',
      message: `A suspension lasts at most ${MAX_SUSPENSION_DAYS} days; withdraw the enrolment instead.`,
    };
  if ((input.note?.trim().length ?? 0) > NOTE_MAX_LENGTH)
    return { reason: 'NOTE_TOO_LONG', field: 'note', message: `Keep the note under ${NOTE_MAX_LENGTH} characters.` };
  return null;
}

/** Two periods share an instant (an empty period, a suspension resumed before it began, shares none). */
export const overlaps = (a: Period, b: Period) =>
  a.startsAt.getTime() < a.endsAt.getTime() &&
  b.startsAt.getTime() < b.endsAt.getTime() &&
  a.startsAt.getTime() < b.endsAt.getTime() &&
  b.startsAt.getTime() < a.endsAt.getTime();

/** Whether a session starting at `startsAt` falls in the period. */
export const covers = (period: Period, startsAt: Date) =>
  period.startsAt.getTime() <= startsAt.getTime() && startsAt.getTime() < period.endsAt.getTime();

/**
 * The suspension a resumption at `now` ends: the one in force, else the next to come (which it then
 * cancels); null when none is in force or to come. Periods of one enrolment never overlap.
 */
export function toResume<T extends Period>(suspensions: readonly T[], now: Date): T | null {
  const open = suspensions.filter((s) => s.endsAt.getTime() > now.getTime() && s.startsAt.getTime() < s.endsAt.getTime());
  return open.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())[0] ?? null;
}

/** Where a resumed period ends: now, or at its start when it had not begun (it is then empty). */
export const resumedEnd = (period: Period, now: Date) => new Date(Math.max(period.startsAt.getTime(), now.getTime()));
