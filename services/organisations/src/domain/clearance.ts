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

/**
 * A clearance withdrawn from a day holds until the day before: its validity ends there, so every rule that
 * reads validity (who may facilitate, what lapses, the sessions at risk) sees the withdrawal with no rule of
 * its own. Refused when it was withdrawn already, or when it no longer holds on that day anyway.
 */
export function withdrawal(
  clearance: ClearanceFacts & { withdrawnFrom: Date | null },
  from: string,
): { validUntil: Date } | { field: string; message: string; conflict?: true } {
  if (clearance.withdrawnFrom) return { field: 'id', message: 'This clearance was withdrawn already.', conflict: true };
  if (clearance.validUntil && calendarDate(clearance.validUntil) < from) {
    return {
      field: 'from',
      message: `This clearance ends on ${calendarDate(clearance.validUntil)}, before ${from}: there is nothing to withdraw.`,
    };
  }
  const dayBefore = new Date(`${from}T00:00:00Z`);
  dayBefore.setUTCDate(dayBefore.getUTCDate() - 1);
  return { validUntil: dayBefore };
}
