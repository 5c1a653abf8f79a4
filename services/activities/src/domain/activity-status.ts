export type ActivityStatus = 'DRAFT' | 'PUBLISHED' | 'ARCHIVED' | 'CANCELLED';

// DRAFT → PUBLISHED → ARCHIVED, or CANCELLED from DRAFT or PUBLISHED; ARCHIVED and CANCELLED are final.
const NEXT: Record<ActivityStatus, readonly ActivityStatus[]> = {
  DRAFT: ['PUBLISHED', 'CANCELLED'],
  PUBLISHED: ['ARCHIVED', 'CANCELLED'],
  ARCHIVED: [],
  CANCELLED: [],
};

export function canTransition(from: ActivityStatus, to: ActivityStatus): boolean {
  return NEXT[from].includes(to);
}

/** Why a transition is refused, in words a coordinator can act on; null when it is allowed. */
export function transitionProblem(from: ActivityStatus, to: ActivityStatus): string | null {
  if (canTransition(from, to)) return null;
  if (from === 'ARCHIVED' || from === 'CANCELLED') return `The activity is ${from.toLowerCase()}; that is final.`;
  if (to === 'PUBLISHED') return 'Only a draft can be published.';
  if (to === 'ARCHIVED') return 'Only a published activity can be archived.';
  return `An activity cannot go from ${from} to ${to}.`;
}

/** Editing is for activities still in play. */
export const isEditable = (status: ActivityStatus) => status === 'DRAFT' || status === 'PUBLISHED';
