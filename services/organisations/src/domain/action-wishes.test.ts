import { actionWishProblems, MAX_ACTION_WISHES } from './action-wishes';

// The wishes an action may answer: only known wishes of its plan's prison.
describe('the wishes an action answers', () => {
  const known = new Set(['w-1', 'w-2']);

  it('takes none, or known wishes of the prison', () => {
    expect(actionWishProblems([], known)).toEqual([]);
    expect(actionWishProblems(['w-1', 'w-2'], known)).toEqual([]);
  });

  it('refuses a wish it does not know (unknown, or of another prison) on the wishIds field, without naming it', () => {
    const problems = actionWishProblems(['w-1', 'elsewhere'], known);
    expect(problems).toEqual([{ field: 'wishIds', message: expect.stringContaining('1 of them are not') }]);
    expect(problems[0].message).not.toContain('elsewhere');
  });

  it('refuses more than the maximum', () => {
    const many = Array.from({ length: MAX_ACTION_WISHES + 1 }, (_, i) => `w-${i}`);
    expect(actionWishProblems(many, new Set(many))).toEqual([{ field: 'wishIds', message: expect.stringContaining('at most') }]);
  });
});
