import type { InputProblem } from '@cort/subgraph';

export interface FormDraft {
  satisfaction: number;
  learned: number;
  atmosphere: number;
}

const SCORES = ['satisfaction', 'learned', 'atmosphere'] as const;

/** Every score must be a whole number from 1 to 5, and there must be at least one form. */
export function feedbackProblems(forms: FormDraft[]): InputProblem[] {
  if (!forms.length) return [{ field: 'forms', message: 'Enter at least one feedback form.' }];
  return forms.flatMap((form, index) =>
    SCORES.filter((key) => !Number.isInteger(form[key]) || form[key] < 1 || form[key] > 5).map((key) => ({
      field: `forms[${index}].${key}`,
      message: `Scores go from 1 to 5; ${form[key]} is not one.`,
    })),
  );
}

/**
 * The forms in random order (Fisher–Yates): the order they are written in must not follow the order
 * they were entered in, which could follow the order of the participants in the room.
 */
export function shuffled<T>(items: readonly T[], random: () => number = Math.random): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}
