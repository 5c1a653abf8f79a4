import { feedbackProblems, shuffled } from './feedback';

describe('feedback forms', () => {
  it('takes whole scores from 1 to 5', () => {
    expect(feedbackProblems([{ satisfaction: 1, learned: 5, atmosphere: 3 }])).toEqual([]);
    expect(
      feedbackProblems([
        { satisfaction: 0, learned: 6, atmosphere: 2.5 },
        { satisfaction: 4, learned: 4, atmosphere: 4 },
      ]).map((p) => p.field),
    ).toEqual(['forms[0].satisfaction', 'forms[0].learned', 'forms[0].atmosphere']);
  });

  it('wants at least one form', () => expect(feedbackProblems([]).map((p) => p.field)).toEqual(['forms']));

  it('shuffles without losing or adding a form', () => {
    const forms = Array.from({ length: 20 }, (_, i) => i);
    const out = shuffled(forms);
    expect([...out].sort((a, b) => a - b)).toEqual(forms);
    expect(shuffled([1, 2, 3], () => 0)).toEqual([2, 3, 1]);
  });
});
