import { BELGIAN_TIME_ZONE } from '@cort/common';

/** iCalendar's two-letter weekdays, Monday first (ISO order). */
export const WEEKDAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type WeekdayCode = (typeof WEEKDAY_CODES)[number];

/** An instant as a wall clock in Belgium, where the prisons are. */
export interface BrusselsTime {
  /** YYYY-MM-DD */
  date: string;
  /** HH:mm */
  time: string;
  weekday: WeekdayCode;
  /** The UTC offset then, e.g. +01:00 in winter, +02:00 in summer. */
  offset: string;
}

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: BELGIAN_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  weekday: 'short',
  timeZoneName: 'longOffset',
});

const ENGLISH_WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

export function brusselsTime(instant: Date | string): BrusselsTime {
  const part = Object.fromEntries(parts.formatToParts(new Date(instant)).map(({ type, value }) => [type, value]));
  // "GMT+01:00"; Belgium is never at exactly GMT, but the format says "GMT" alone for +00:00.
  const offset = part.timeZoneName === 'GMT' ? '+00:00' : part.timeZoneName.slice(3);
  return {
    date: `${part.year}-${part.month}-${part.day}`,
    time: `${part.hour}:${part.minute}`,
    weekday: WEEKDAY_CODES[ENGLISH_WEEKDAYS.indexOf(part.weekday)],
    offset,
  };
}

/** Days between two calendar dates (YYYY-MM-DD), b minus a. */
export const daysBetween = (a: string, b: string) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);

/** A calendar date plus some days. */
export const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
