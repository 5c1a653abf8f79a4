import type { InputProblem } from '@cort/subgraph';

// An action plan is for a year, or spans a few years (a policy term): from its year to its last year.

/** The most years one plan may cover, its first included. */
export const MAX_PLAN_YEARS = 5;

/** Why the last year given cannot end a plan starting in `year`; null when it can (or none was given). */
export function planSpanProblem(year: number, untilYear: number | null | undefined): InputProblem | null {
  if (untilYear === null || untilYear === undefined) return null;
  if (!Number.isInteger(untilYear) || untilYear < year || untilYear > year + MAX_PLAN_YEARS - 1) {
    return {
      field: 'untilYear',
      message: `Give the plan's last year: from its year ${year} to ${year + MAX_PLAN_YEARS - 1} at most (${MAX_PLAN_YEARS} years).`,
    };
  }
  return null;
}

/** The last year a plan covers: its own year unless it spans years. */
export const lastYearOf = (plan: { year: number; untilYear: number | null }) => plan.untilYear ?? plan.year;

/** Whether the plan covers the year. */
export const coversYear = (plan: { year: number; untilYear: number | null }, year: number) => plan.year <= year && year <= lastYearOf(plan);
