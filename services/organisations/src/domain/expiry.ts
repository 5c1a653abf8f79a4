import { calendarDate, fromCalendarDate } from '@cort/common';
import type { InputProblem } from '@cort/subgraph';

/** Something valid for a period of calendar days (UTC midnight), both ends included; open-ended when `validUntil` is null. */
export interface Validity {
  validFrom: Date;
  validUntil: Date | null;
}

/** Whether it holds on the day (YYYY-MM-DD). */
export const currentOn = (validity: Validity, day: string) =>
  calendarDate(validity.validFrom) <= day && (validity.validUntil === null || day <= calendarDate(validity.validUntil));

/** The day `days` after the given one (YYYY-MM-DD). */
export const daysAfter = (day: string, days: number) => calendarDate(new Date(fromCalendarDate(day).getTime() + days * 86_400_000));

/**
 * Whether it lapses within the coming days: it holds today and its last day is at most `withinDays` away
 * (0: its last day is today). An open-ended one never lapses.
 */
export const lapsesWithin = (validity: Validity, today: string, withinDays: number) =>
  currentOn(validity, today) && validity.validUntil !== null && calendarDate(validity.validUntil) <= daysAfter(today, withinDays);

/** The window asked for: whole days from 0 to a year and a half. */
export const withinDaysProblem = (withinDays: number): InputProblem | null =>
  Number.isInteger(withinDays) && withinDays >= 0 && withinDays <= 550
    ? null
    : { field: 'withinDays', message: 'Give a number of days from 0 to 550.' };

/** A period that ends before it starts. */
export const periodProblem = (validity: Validity): InputProblem | null =>
  validity.validUntil && calendarDate(validity.validUntil) < calendarDate(validity.validFrom)
    ? { field: 'validUntil', message: 'It cannot end before it starts.' }
    : null;
