import { coversYear, lastYearOf, planSpanProblem } from './action-plan-span';

describe('the years an action plan spans', () => {
  it('takes a last year from the plan’s year to four years after it', () => {
    expect(planSpanProblem(2026, undefined)).toBeNull();
    expect(planSpanProblem(2026, null)).toBeNull();
    expect(planSpanProblem(2026, 2026)).toBeNull();
    expect(planSpanProblem(2026, 2030)).toBeNull();
  });

  it('refuses a last year before the plan’s year, too far after it, or not a whole year, naming untilYear', () => {
    for (const untilYear of [2025, 2031, 2026.5]) expect(planSpanProblem(2026, untilYear)).toMatchObject({ field: 'untilYear' });
  });

  it('covers every year from its first to its last, and its own year alone without a last year', () => {
    const term = { year: 2025, untilYear: 2026 };
    expect([2024, 2025, 2026, 2027].map((y) => coversYear(term, y))).toEqual([false, true, true, false]);
    const single = { year: 2026, untilYear: null };
    expect([2025, 2026, 2027].map((y) => coversYear(single, y))).toEqual([false, true, false]);
    expect([lastYearOf(term), lastYearOf(single)]).toEqual([2026, 2026]);
  });
});
