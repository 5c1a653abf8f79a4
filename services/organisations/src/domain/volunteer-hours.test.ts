import { hoursProblems, totalHours } from './volunteer-hours';

describe('volunteer hours', () => {
  it('takes the hours of one day in quarters of an hour', () => {
    expect(hoursProblems({ hours: 1.25 })).toEqual([]);
    expect(hoursProblems({ hours: 24 })).toEqual([]);
    for (const hours of [0, -1, 24.25, 1.1]) expect(hoursProblems({ hours }).map((p) => p.field)).toEqual(['hours']);
    expect(hoursProblems({ hours: 2, note: 'x'.repeat(501) }).map((p) => p.field)).toEqual(['note']);
  });

  it('adds up without float noise', () => {
    expect(totalHours([{ hours: 0.25 }, { hours: 1.5 }, { hours: 2.75 }])).toBe(4.5);
    expect(totalHours([])).toBe(0);
  });
});
