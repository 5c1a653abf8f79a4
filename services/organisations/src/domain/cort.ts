import { calendarDate } from '@cort/common';
import type { InputProblem } from '@cort/subgraph';
import type { Region } from '@cort/vocabulary';

/**
 * The coordination functions of a CORT, in the order the CORT view lists them: the nine of the structural
 * organisations, and the community coordinator, who sits with the CORT in Brussels only.
 */
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
  'COMMUNITY_COORDINATOR',
] as const;
export type CortFunction = (typeof CORT_FUNCTIONS)[number];

/**
 * The functions only a Brussels prison's CORT has: there the community coordinators organise and coordinate
 * the group activities with the Brussels justice welfare services (one of the Flemish and one of the
 * French-speaking Community may hold it side by side, as any function may have several holders).
 */
const BRUSSELS_ONLY: readonly CortFunction[] = ['COMMUNITY_COORDINATOR'];

/**
 * The functions a prison's CORT expects, given its region, in the order of the functions: all of them in
 * Brussels, the nine of the structural organisations elsewhere (a code of no known prison included).
 */
export const expectedFunctions = (region: Region | undefined): CortFunction[] =>
  CORT_FUNCTIONS.filter((fn) => region === 'BRUSSELS' || !BRUSSELS_ONLY.includes(fn));

/** Why the function cannot be appointed in a prison of the region, with the field to correct; null when it can. */
export function functionProblem(fn: CortFunction, prisonId: string, region: Region | undefined): InputProblem | null {
  if (expectedFunctions(region).includes(fn)) return null;
  return {
    field: 'function',
    message: `The CORT of prison ${prisonId} has no ${fn}: that function exists in the prisons of Brussels only.`,
  };
}

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

/** The functions the CORT expects (see expectedFunctions) that nobody holds on the day: its vacancies. */
export const vacanciesOn = (memberships: readonly Membership[], day: string, expected: readonly CortFunction[]): CortFunction[] => {
  const held = new Set(memberships.filter((membership) => heldOn(membership, day)).map((membership) => membership.function));
  return expected.filter((fn) => !held.has(fn));
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
