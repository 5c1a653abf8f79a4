import type { InputProblem } from '@cort/subgraph';

export interface ObjectiveDraft {
  objective: string;
  result: string;
  comment?: string | null;
}

/** Everything wrong with an evaluation's objectives: at least one, each named. */
export function evaluationProblems(objectives: ObjectiveDraft[]): InputProblem[] {
  if (!objectives.length) return [{ field: 'objectives', message: 'Evaluate at least one objective of the activity.' }];
  return objectives.flatMap((o, index) =>
    o.objective.trim() ? [] : [{ field: `objectives[${index}].objective`, message: 'Name the objective you evaluate.' }],
  );
}

/** A draft never ran: there is nothing to evaluate yet. Any other status can be evaluated (a cancelled one too: why it stopped). */
export const evaluationStatusProblem = (status: string): string | null =>
  status === 'DRAFT' ? 'The activity is still a draft: it has not run, so there is nothing to evaluate yet.' : null;

/**
 * Why no next edition may be planned, or null when one may: only after an evaluation that decided to
 * CONTINUE or ADJUST, and only once.
 */
export function nextEditionProblem(decision: string | null, hasNextEdition: boolean): string | null {
  if (decision === null) return 'Evaluate the activity first: a next edition follows an evaluation that decided CONTINUE or ADJUST.';
  if (decision === 'STOP') return 'The evaluation decided to STOP this activity; evaluate it again to plan a next edition.';
  if (hasNextEdition) return 'A next edition of this activity has already been planned.';
  return null;
}
