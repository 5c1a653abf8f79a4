import { evaluationProblems, evaluationStatusProblem, nextEditionProblem } from './evaluation';

describe('evaluation rules', () => {
  it('wants at least one objective, each named', () => {
    expect(evaluationProblems([])).toEqual([expect.objectContaining({ field: 'objectives' })]);
    expect(
      evaluationProblems([
        { objective: 'Leren', result: 'MET' },
        { objective: ' ', result: 'NOT_MET', comment: 'x' },
      ]).map((p) => p.field),
    ).toEqual(['objectives[1].objective']);
  });

  it('evaluates anything but a draft', () => {
    expect(evaluationStatusProblem('DRAFT')).toMatch(/draft/);
    for (const status of ['PUBLISHED', 'ARCHIVED', 'CANCELLED']) expect(evaluationStatusProblem(status)).toBeNull();
  });

  it('plans a next edition once, after CONTINUE or ADJUST only', () => {
    expect(nextEditionProblem(null, false)).toMatch(/Evaluate/);
    expect(nextEditionProblem('STOP', false)).toMatch(/STOP/);
    expect(nextEditionProblem('ADJUST', true)).toMatch(/already/);
    expect(nextEditionProblem('CONTINUE', false)).toBeNull();
    expect(nextEditionProblem('ADJUST', false)).toBeNull();
  });
});
