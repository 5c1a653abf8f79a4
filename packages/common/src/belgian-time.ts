import { DateTime } from 'luxon';

/**
 * Prisons keep Belgian time: "today", a session's day, a weekly rule's hours and a report's year are read
 * in this zone, whatever the server's. Two kinds of values meet here: instants (a session's start) and
 * calendar dates, which Prisma hands out for `@db.Date` columns as a Date at UTC midnight.
 */
export const BELGIAN_TIME_ZONE = 'Europe/Brussels';

/** A calendar date (UTC midnight, as `@db.Date` columns and the Date scalar carry it) as YYYY-MM-DD. */
export const calendarDate = (date: Date): string => date.toISOString().slice(0, 10);

/** YYYY-MM-DD as the calendar-date value Prisma and the Date scalar use (UTC midnight). */
export const fromCalendarDate = (day: string): Date => new Date(`${day}T00:00:00Z`);

/** The calendar date an instant falls on in Belgium, as YYYY-MM-DD. */
export const belgianDate = (instant: Date): string => DateTime.fromJSDate(instant, { zone: BELGIAN_TIME_ZONE }).toISODate()!;

/** The instants [from, to) of a Belgian calendar day: midnight to midnight, 23 or 25 hours on DST days. */
export function belgianDay(day: string): { from: Date; to: Date } {
  const start = DateTime.fromISO(day, { zone: BELGIAN_TIME_ZONE }).startOf('day');
  return { from: start.toJSDate(), to: start.plus({ days: 1 }).toJSDate() };
}

/** The instants [from, to) of a Belgian calendar year: 1 January 00:00 to 1 January 00:00. */
export function belgianYear(year: number): { from: Date; to: Date } {
  const start = DateTime.fromObject({ year, month: 1, day: 1 }, { zone: BELGIAN_TIME_ZONE });
  return { from: start.toJSDate(), to: start.plus({ years: 1 }).toJSDate() };
}

/** A Belgian wall-clock time (HH:mm) on a calendar day as an instant; null when that time does not exist (DST). */
export function belgianInstant(day: string, time: string): Date | null {
  const instant = DateTime.fromISO(`${day}T${time}`, { zone: BELGIAN_TIME_ZONE });
  if (!instant.isValid || instant.toFormat('HH:mm') !== time) return null;
  return instant.toJSDate();
}

/** ISO weekday of a calendar date, 1 = Monday … 7 = Sunday. */
export const isoWeekday = (day: string): number => DateTime.fromISO(day, { zone: 'UTC' }).weekday;

/** The next calendar date. */
export const nextCalendarDate = (day: string): string => DateTime.fromISO(day, { zone: 'UTC' }).plus({ days: 1 }).toISODate()!;
