import { calendarDate } from '@cort/common';
import type { InputProblem } from '@cort/subgraph';

export type ActionStatus = 'PLANNED' | 'IN_PROGRESS' | 'DONE' | 'POSTPONED' | 'DROPPED';

/**
 * The moves of an action: PLANNED → IN_PROGRESS → DONE, or POSTPONED (with a new due date; it may be
 * postponed again, or taken up) or DROPPED (with a note). DONE and DROPPED are final.
 */
export const ACTION_MOVES: Record<ActionStatus, readonly ActionStatus[]> = {
  PLANNED: ['IN_PROGRESS', 'POSTPONED', 'DROPPED'],
  IN_PROGRESS: ['DONE', 'POSTPONED', 'DROPPED'],
  POSTPONED: ['PLANNED', 'IN_PROGRESS', 'POSTPONED', 'DROPPED'],
  DONE: [],
  DROPPED: [],
};

export const canMoveAction = (from: ActionStatus, to: ActionStatus) => ACTION_MOVES[from].includes(to);

/** An action still to be done: neither DONE nor DROPPED. */
export const isOpenAction = (status: ActionStatus) => status !== 'DONE' && status !== 'DROPPED';

/** Overdue: still open and its due date has passed (the day given is today in Brussels). */
export const isOverdue = (action: { status: ActionStatus; dueOn: Date }, today: string) =>
  isOpenAction(action.status) && calendarDate(action.dueOn) < today;

/** A plan's progress: the actions DONE out of those not DROPPED. */
export const progressOf = (actions: readonly { status: ActionStatus }[]) => {
  const counted = actions.filter((action) => action.status !== 'DROPPED');
  return { done: counted.filter((action) => action.status === 'DONE').length, total: counted.length };
};

export interface ActionMove {
  to: ActionStatus;
  dueOn?: Date | null;
  note?: string | null;
}

/** What is wrong with a move of an action as asked, each with the field to correct; none when it may be made. */
export function actionMoveProblems(action: { status: ActionStatus; dueOn: Date }, move: ActionMove): InputProblem[] {
  if (!canMoveAction(action.status, move.to)) {
    const allowed = ACTION_MOVES[action.status];
    const next = allowed.length ? `it can move to ${allowed.join(', ')}` : 'it is final';
    return [{ field: 'status', message: `An action ${action.status} cannot become ${move.to}: ${next}.` }];
  }
  const problems: InputProblem[] = [];
  if (move.to === 'POSTPONED') {
    if (!move.dueOn) problems.push({ field: 'dueOn', message: 'Postponing needs the new due date.' });
    else if (calendarDate(move.dueOn) <= calendarDate(action.dueOn))
      problems.push({ field: 'dueOn', message: `The new due date must come after ${calendarDate(action.dueOn)}.` });
  } else if (move.dueOn) {
    problems.push({ field: 'dueOn', message: 'Only postponing changes the due date.' });
  }
  if (move.to === 'DROPPED' && !move.note?.trim()) problems.push({ field: 'note', message: 'Dropping an action needs a note saying why.' });
  return problems;
}

/** What is wrong with a title: blank, or longer than a line. */
export const titleProblem = (title: string, field = 'title'): InputProblem | null =>
  !title.trim()
    ? { field, message: 'Give a title.' }
    : title.trim().length > 300
      ? { field, message: 'A title has at most 300 characters.' }
      : null;
