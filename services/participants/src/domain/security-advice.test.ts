import { answerProblems, approvalOf, dueOnFrom, dueOnProblem } from './security-advice';

describe('security advice', () => {
  it('is due ten days after today in Belgium', () => {
    expect(dueOnFrom(new Date('2026-06-01T10:00:00Z')).toISOString()).toBe('2026-06-11T00:00:00.000Z');
    // Just after midnight in Brussels it is already the next day there.
    expect(dueOnFrom(new Date('2026-06-01T22:30:00Z')).toISOString()).toBe('2026-06-12T00:00:00.000Z');
  });

  it('needs conditions with FAVOURABLE_WITH_CONDITIONS and a reason with UNFAVOURABLE', () => {
    expect(answerProblems({ advice: 'FAVOURABLE' })).toEqual([]);
    expect(answerProblems({ advice: 'FAVOURABLE_WITH_CONDITIONS', conditions: ' ' })).toEqual([
      { field: 'conditions', message: expect.any(String) },
    ]);
    expect(answerProblems({ advice: 'FAVOURABLE_WITH_CONDITIONS', conditions: 'Enkel in sectie A.' })).toEqual([]);
    expect(answerProblems({ advice: 'UNFAVOURABLE' })).toEqual([{ field: 'reason', message: expect.any(String) }]);
    expect(answerProblems({ advice: 'UNFAVOURABLE', reason: 'x'.repeat(1001) })).toEqual([
      { field: 'reason', message: expect.stringMatching(/1000/) },
    ]);
  });

  it('refuses a due day in the past', () => {
    const now = new Date('2026-06-01T10:00:00Z');
    expect(dueOnProblem(new Date('2026-05-31T00:00:00Z'), now)).toMatch(/before today/);
    expect(dueOnProblem(new Date('2026-06-01T00:00:00Z'), now)).toBeNull();
  });

  it('holds an approval back while pending, and asks to acknowledge an unfavourable advice', () => {
    expect(approvalOf(null)).toBeNull();
    expect(approvalOf({ status: 'PENDING', advice: null })).toBe('PENDING');
    expect(approvalOf({ status: 'GIVEN', advice: 'UNFAVOURABLE' })).toBe('UNFAVOURABLE');
    expect(approvalOf({ status: 'GIVEN', advice: 'FAVOURABLE_WITH_CONDITIONS' })).toBeNull();
    expect(approvalOf({ status: 'WITHDRAWN', advice: null })).toBeNull();
  });
});
