import { calendarDate } from '@cort/common';
import type { InputProblem } from '@cort/subgraph';

/** The nine coordination functions of a CORT, in the order the CORT view lists them. */
export const CORT_FUNCTIONS = [
  'ORGANISATION_SUPPORT',
  'EDUCATION_COORDINATOR',
  'CULTURE_OFFICER',
  'SPORT_OFFICER',
  'WORK_MEDIATOR',
  'LIBRARY_CONSULTANT',
  'UNLOCKED_COORDINATOR',
  'CHILD_VISITS_RESPONSIBLE',
  'PRISON_OFFICER',
] as const;
export type CortFunction = (typeof CORT_FUNCTIONS)[number];

export interface Membership {
  function: CortFunction;
  personId: string;
  since: Date; // calendar dates, UTC midnight
  until: Date | null; // the last day, included; null: open-ended
}

/** Whether a membership holds on a calendar day (YYYY-MM-DD), both ends included. */
export const heldOn = (membership: Membership, day: string) =>
  calendarDate(membership.since) <= day && (membership.until === null || day <= calendarDate(membership.until));

/** The memberships that hold on the day, in the order of the functions, then the earliest appointed first. */
export const membersOn = <M extends Membership>(memberships: readonly M[], day: string): M[] =>
  memberships
    .filter((membership) => heldOn(membership, day))
    .sort((a, b) => CORT_FUNCTIONS.indexOf(a.function) - CORT_FUNCTIONS.indexOf(b.function) || a.since.getTime() - b.since.getTime());

/** The functions nobody holds on the day: the CORT's vacancies. */
export const vacanciesOn = (memberships: readonly Membership[], day: string): CortFunction[] => {
  const held = new Set(memberships.filter((membership) => heldOn(membership, day)).map((membership) => membership.function));
  return CORT_FUNCTIONS.filter((fn) => !held.has(fn));
};

const overlap = (a: { since: Date; until: Date | null }, b: { since: Date; until: Date | null }) =>
  (a.until === null || b.since <= a.until) && (b.until === null || a.since <= b.until);

/**
 * Why the person cannot be appointed from `since` (as the caller asked it), or null: a person holds one
 * function in a prison at a time, so a membership of theirs in the prison that overlaps is a conflict.
 */
export function appointmentConflict(existing: readonly Membership[], personId: string, since: Date): Membership | null {
  return existing.find((membership) => membership.personId === personId && overlap(membership, { since, until: null })) ?? null;
}

/** Why a membership cannot end on the day given, with the field to correct; null when it can (an ended one is a conflict, see the service). */
export function endProblem(membership: Pick<Membership, 'since'>, until: Date): InputProblem | null {
  if (calendarDate(until) < calendarDate(membership.since)) {
    return { field: 'until', message: `A membership cannot end before it started (${calendarDate(membership.since)}).` };
  }
  return null;
}
