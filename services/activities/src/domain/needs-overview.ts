import { DateTime } from 'luxon';

/** How far back the needs overview looks: the assessments that ended in the last two years. */
export const OVERVIEW_YEARS = 2;

/** The first day an assessment may have ended on to be in the overview of `today` (a calendar day). */
export const overviewSince = (today: string): Date => DateTime.fromISO(today, { zone: 'UTC' }).minus({ years: OVERVIEW_YEARS }).toJSDate();

/** A wish is answered once an activity created or adjusted for it has been published (it reached the prisoners). */
export const isAnswered = (activities: { publishedAt: Date | null }[]): boolean => activities.some((a) => a.publishedAt !== null);

export interface OverviewOrderKey {
  answered: boolean;
  count: number;
  conductedUntil: Date;
  position: number;
}

/** Wishes nobody answered yet first, the most asked for first; then the latest assessment, then as entered. */
export function byUrgency(a: OverviewOrderKey, b: OverviewOrderKey): number {
  if (a.answered !== b.answered) return a.answered ? 1 : -1;
  if (a.count !== b.count) return b.count - a.count;
  if (a.conductedUntil.getTime() !== b.conductedUntil.getTime()) return b.conductedUntil.getTime() - a.conductedUntil.getTime();
  return a.position - b.position;
}
