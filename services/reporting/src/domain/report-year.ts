import { belgianYear } from '@cort/common';
import { badUserInput } from '@cort/subgraph';

const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

/** Why a year cannot be reported on, or null. */
export function yearProblem(year: number): string | null {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) return `Give a year from ${FIRST_YEAR} to ${LAST_YEAR}.`;
  return null;
}

export function checkYear(year: number, field = 'year'): void {
  const problem = yearProblem(year);
  if (problem) throw badUserInput(problem, field);
}

/**
 * The year as instants [from, to): prisons keep Belgian time, so a session counts in the year its start
 * falls in there (1 January 00:00 to 1 January 00:00), whatever the server's zone.
 */
export const yearBounds = (year: number): { from: Date; to: Date } => belgianYear(year);
