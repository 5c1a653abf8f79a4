import { calendarDate } from '@cort/common';

export type ClearanceKind = 'PRISON_ACCESS' | 'TRAINING' | 'CHARTER';

export interface ClearanceFacts {
  kind: ClearanceKind;
  prisonId: string | null;
  validFrom: Date; // calendar dates, UTC midnight
  validUntil: Date | null; // null: open-ended
}

/** Whether a clearance holds on a calendar day (both ends included). */
export const validOn = (clearance: ClearanceFacts, date: string) =>
  calendarDate(clearance.validFrom) <= date && (clearance.validUntil === null || date <= calendarDate(clearance.validUntil));

/**
 * The days (YYYY-MM-DD) on which a person may not facilitate in a prison: no prison access permit for
 * that prison valid that day. A person without one cannot be scheduled.
 */
export function datesWithoutPrisonAccess(clearances: ClearanceFacts[], prisonId: string, dates: string[]): string[] {
  const permits = clearances.filter((c) => c.kind === 'PRISON_ACCESS' && c.prisonId === prisonId);
  return [...new Set(dates)].sort().filter((date) => !permits.some((permit) => validOn(permit, date)));
}

/** Why a clearance cannot be recorded as given, with the field to correct; null when it can. */
export function clearanceProblem(input: ClearanceFacts): { field: string; message: string } | null {
  if (input.kind === 'PRISON_ACCESS' && !input.prisonId) {
    return { field: 'prisonId', message: 'A prison access clearance is for one prison: give its code.' };
  }
  if (input.validUntil && calendarDate(input.validUntil) < calendarDate(input.validFrom)) {
    return { field: 'validUntil', message: 'A clearance cannot end before it starts.' };
  }
  return null;
}
