import { DateTime } from 'luxon';
import { badUserInput } from '@cort/subgraph';

/** Prisons keep Belgian time: a report's year runs from 1 January 00:00 to 1 January 00:00 in this zone. */
export const REPORT_TIME_ZONE = 'Europe/Brussels';

export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;

/** Why a year cannot be reported on, or null. */
export function yearProblem(year: number): string | null {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) return `Give a year from ${FIRST_YEAR} to ${LAST_YEAR}.`;
  return null;
}

export function checkYear(year: number, field = 'year'): void {
  const problem = yearProblem(year);
  if (problem) throw badUserInput(problem, field);
}

/** The year as instants [from, to): a session counts in the year its start falls in, in Belgian time. */
export function yearBounds(year: number): { from: Date; to: Date } {
  const start = DateTime.fromObject({ year, month: 1, day: 1 }, { zone: REPORT_TIME_ZONE });
  return { from: start.toJSDate(), to: start.plus({ years: 1 }).toJSDate() };
}
