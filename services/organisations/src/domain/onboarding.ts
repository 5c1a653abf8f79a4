import { calendarDate } from '@cort/common';
import type { InputProblem } from '@cort/subgraph';

// A new staff member's or volunteer's way in: a prison access permit, the training, the signed charter and
// a welcome talk, each planned for a day and done on a day.

export const ONBOARDING_STEPS = ['PRISON_ACCESS_PERMIT', 'TRAINING', 'CHARTER', 'WELCOME_TALK'] as const;
export type OnboardingStepKind = (typeof ONBOARDING_STEPS)[number];

export interface OnboardingDates {
  plannedOn: Date | null; // calendar days, UTC midnight
  doneOn: Date | null;
}

/** What is wrong with a step as given on the day `today` (YYYY-MM-DD, Brussels), each with its field. */
export function onboardingProblems(input: OnboardingDates, today: string): InputProblem[] {
  if (!input.plannedOn && !input.doneOn)
    return [{ field: 'plannedOn', message: 'Give the day it is planned for, the day it was done, or both.' }];
  if (input.doneOn && calendarDate(input.doneOn) > today)
    return [{ field: 'doneOn', message: 'A step cannot be done on a day still to come.' }];
  return [];
}

/**
 * Every step in the fixed order, those not recorded yet without dates: so a coordinator sees what is
 * still to plan, not only what was recorded.
 */
export function onboardingOf<T extends OnboardingDates & { step: OnboardingStepKind }>(recorded: readonly T[]) {
  return ONBOARDING_STEPS.map((step) => {
    const found = recorded.find((row) => row.step === step);
    return { step, plannedOn: found?.plannedOn ?? null, doneOn: found?.doneOn ?? null };
  });
}
