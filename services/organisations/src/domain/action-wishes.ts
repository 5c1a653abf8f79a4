import type { InputProblem } from '@cort/subgraph';

/** An action names at most this many wishes (an assessment has a handful per domain). */
export const MAX_ACTION_WISHES = 50;

/**
 * The wishes an action answers: each a wish of a needs assessment of the action plan's prison, as this
 * service learnt them from the activities feed (`known`); a wish of another prison reads as unknown, so
 * the answer does not tell which prison it belongs to.
 */
export function actionWishProblems(wishIds: readonly string[], known: ReadonlySet<string>): InputProblem[] {
  if (wishIds.length > MAX_ACTION_WISHES) return [{ field: 'wishIds', message: `An action answers at most ${MAX_ACTION_WISHES} wishes.` }];
  const unknown = wishIds.filter((id) => !known.has(id));
  return unknown.length
    ? [{ field: 'wishIds', message: `Give wishes of a needs assessment of the plan's prison: ${unknown.length} of them are not.` }]
    : [];
}
