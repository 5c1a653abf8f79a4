import { ACTION_MOVES, actionMoveProblems, canMoveAction, isOverdue, progressOf, titleProblem, type ActionStatus } from './action-status';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const STATUSES = Object.keys(ACTION_MOVES) as ActionStatus[];

describe('the action status rules', () => {
  it('moves PLANNED → IN_PROGRESS → DONE, or to POSTPONED or DROPPED, and never out of DONE or DROPPED', () => {
    expect(canMoveAction('PLANNED', 'IN_PROGRESS')).toBe(true);
    expect(canMoveAction('IN_PROGRESS', 'DONE')).toBe(true);
    expect(canMoveAction('PLANNED', 'DONE')).toBe(false);
    expect(canMoveAction('POSTPONED', 'IN_PROGRESS')).toBe(true);
    for (const to of STATUSES) {
      expect(canMoveAction('DONE', to)).toBe(false);
      expect(canMoveAction('DROPPED', to)).toBe(false);
    }
    for (const from of STATUSES) expect(canMoveAction(from, 'POSTPONED')).toBe(from !== 'DONE' && from !== 'DROPPED');
  });

  it('needs a later due date to postpone, a note to drop, and no due date otherwise', () => {
    const action = { status: 'PLANNED' as const, dueOn: day('2026-06-30') };
    expect(actionMoveProblems(action, { to: 'POSTPONED' }).map((p) => p.field)).toEqual(['dueOn']);
    expect(actionMoveProblems(action, { to: 'POSTPONED', dueOn: day('2026-06-30') }).map((p) => p.field)).toEqual(['dueOn']);
    expect(actionMoveProblems(action, { to: 'POSTPONED', dueOn: day('2026-09-30') })).toEqual([]);
    expect(actionMoveProblems(action, { to: 'DROPPED', note: ' ' }).map((p) => p.field)).toEqual(['note']);
    expect(actionMoveProblems(action, { to: 'DROPPED', note: 'Geen middelen.' })).toEqual([]);
    expect(actionMoveProblems(action, { to: 'IN_PROGRESS', dueOn: day('2026-09-30') }).map((p) => p.field)).toEqual(['dueOn']);
    expect(actionMoveProblems(action, { to: 'DONE' })[0]).toMatchObject({
      field: 'status',
      message: expect.stringContaining('IN_PROGRESS'),
    });
    expect(actionMoveProblems({ ...action, status: 'DONE' }, { to: 'PLANNED' })[0].message).toContain('final');
  });

  it('counts an open action overdue the day after its due date, in Brussels', () => {
    const action = { status: 'IN_PROGRESS' as const, dueOn: day('2026-06-30') };
    expect(isOverdue(action, '2026-06-30')).toBe(false);
    expect(isOverdue(action, '2026-07-01')).toBe(true);
    expect(isOverdue({ ...action, status: 'DONE' }, '2026-07-01')).toBe(false);
    expect(isOverdue({ ...action, status: 'DROPPED' }, '2026-07-01')).toBe(false);
    expect(isOverdue({ ...action, status: 'POSTPONED' }, '2026-07-01')).toBe(true);
  });

  it('measures progress as the actions done out of those not dropped', () => {
    expect(progressOf([{ status: 'DONE' }, { status: 'PLANNED' }, { status: 'DROPPED' }, { status: 'DONE' }])).toEqual({
      done: 2,
      total: 3,
    });
    expect(progressOf([])).toEqual({ done: 0, total: 0 });
  });

  it('refuses a blank or overlong title', () => {
    expect(titleProblem(' ')).toMatchObject({ field: 'title' });
    expect(titleProblem('x'.repeat(301))).toMatchObject({ field: 'title' });
    expect(titleProblem('Meer sportaanbod')).toBeNull();
  });
});
