import { currentOn, daysAfter, lapsesWithin, periodProblem, withinDaysProblem } from './expiry';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('validity periods', () => {
  it('holds from its first to its last day, both included, or without end', () => {
    const validity = { validFrom: day('2026-01-01'), validUntil: day('2026-12-31') };
    expect([
      currentOn(validity, '2025-12-31'),
      currentOn(validity, '2026-01-01'),
      currentOn(validity, '2026-12-31'),
      currentOn(validity, '2027-01-01'),
    ]).toEqual([false, true, true, false]);
    expect(currentOn({ validFrom: day('2026-01-01'), validUntil: null }, '2099-01-01')).toBe(true);
  });

  it('lapses within n days when it holds today and its last day is at most n days away', () => {
    const validity = { validFrom: day('2026-01-01'), validUntil: day('2026-03-01') };
    expect(lapsesWithin(validity, '2026-01-01', 60)).toBe(true); // 2026-03-02 is 60 days on
    expect(lapsesWithin(validity, '2025-12-31', 90)).toBe(false); // not yet valid
    expect(lapsesWithin(validity, '2026-03-02', 60)).toBe(false); // lapsed already
    expect(lapsesWithin(validity, '2026-01-01', 58)).toBe(false);
    expect(lapsesWithin({ validFrom: day('2026-01-01'), validUntil: null }, '2026-01-01', 365)).toBe(false);
    expect(daysAfter('2026-02-28', 1)).toBe('2026-03-01');
  });

  it('refuses a window out of range and a period ending before it starts', () => {
    expect(withinDaysProblem(-1)?.field).toBe('withinDays');
    expect(withinDaysProblem(1.5)?.field).toBe('withinDays');
    expect(withinDaysProblem(60)).toBeNull();
    expect(periodProblem({ validFrom: day('2026-02-01'), validUntil: day('2026-01-31') })?.field).toBe('validUntil');
    expect(periodProblem({ validFrom: day('2026-02-01'), validUntil: null })).toBeNull();
  });
});
