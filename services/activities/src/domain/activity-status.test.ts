import { canTransition, isEditable, transitionProblem } from './activity-status';

describe('activity status transitions', () => {
  it('publishes only drafts', () => {
    expect(canTransition('DRAFT', 'PUBLISHED')).toBe(true);
    expect(canTransition('PUBLISHED', 'PUBLISHED')).toBe(false);
    expect(transitionProblem('PUBLISHED', 'PUBLISHED')).toBe('Only a draft can be published.');
  });

  it('archives only published activities', () => {
    expect(canTransition('PUBLISHED', 'ARCHIVED')).toBe(true);
    expect(canTransition('DRAFT', 'ARCHIVED')).toBe(false);
    expect(transitionProblem('DRAFT', 'ARCHIVED')).toBe('Only a published activity can be archived.');
  });

  it('cancels drafts and published activities', () => {
    expect(canTransition('DRAFT', 'CANCELLED')).toBe(true);
    expect(canTransition('PUBLISHED', 'CANCELLED')).toBe(true);
  });

  it.each(['ARCHIVED', 'CANCELLED'] as const)('treats %s as final', (from) => {
    for (const to of ['DRAFT', 'PUBLISHED', 'ARCHIVED', 'CANCELLED'] as const) {
      expect(canTransition(from, to)).toBe(false);
    }
    expect(transitionProblem(from, 'PUBLISHED')).toMatch(/final/);
    expect(isEditable(from)).toBe(false);
  });
});
