import { attendanceRate, NO_MARKS, revealsWithheld, sessionFigures, totalFigures, type MarkCounts } from './attendance';

const counts = (given: Partial<MarkCounts>): MarkCounts => ({ ...NO_MARKS, ...given });

describe('the attendance rate', () => {
  it('is PRESENT over the marks other than NOT_REQUIRED and SESSION_CANCELLED', () => {
    expect(attendanceRate(counts({ PRESENT: 6, ABSENT_EXCUSED: 1, ABSENT_UNEXCUSED: 1, REFUSED: 1, CLASH: 1, NOT_REQUIRED: 7 }))).toBe(0.6);
    expect(attendanceRate(counts({ PRESENT: 5, SESSION_CANCELLED: 20 }))).toBe(1);
  });

  it('is null when no mark says whether someone came', () => {
    expect(attendanceRate(NO_MARKS)).toBeNull();
    expect(attendanceRate(counts({ NOT_REQUIRED: 3, SESSION_CANCELLED: 8 }))).toBeNull();
  });
});

describe("a session's figures", () => {
  it('shows every count and the rate when none is from 1 to 4', () => {
    expect(sessionFigures(counts({ PRESENT: 8, ABSENT_EXCUSED: 0, NOT_REQUIRED: 5 }))).toEqual({
      marks: counts({ PRESENT: 8, NOT_REQUIRED: 5 }),
      attendanceRate: 1,
      suppressed: false,
    });
  });

  it('withholds counts from 1 to 4, and the rate, which would give them back', () => {
    // 20 present and 3 excused: 20/23 shown would say 23 − 20 = 3 were excused.
    const figures = sessionFigures(counts({ PRESENT: 20, ABSENT_EXCUSED: 3 }));
    expect(figures.marks).toMatchObject({ PRESENT: 20, ABSENT_EXCUSED: null, ABSENT_UNEXCUSED: 0 });
    expect(figures).toMatchObject({ attendanceRate: null, suppressed: true });
    // 3 present of 20 marks: 0.15 × 20 = 3.
    expect(sessionFigures(counts({ PRESENT: 3, ABSENT_UNEXCUSED: 17 }))).toMatchObject({ attendanceRate: null, suppressed: true });
  });

  it('keeps the rate when only a count outside it is withheld', () => {
    expect(sessionFigures(counts({ PRESENT: 6, ABSENT_UNEXCUSED: 6, NOT_REQUIRED: 2, SESSION_CANCELLED: 0 }))).toEqual({
      marks: { ...NO_MARKS, PRESENT: 6, ABSENT_UNEXCUSED: 6, NOT_REQUIRED: null },
      attendanceRate: 0.5,
      suppressed: true,
    });
  });

  it('shows 0 as 0: it says nothing about anyone', () => {
    expect(sessionFigures(NO_MARKS)).toEqual({ marks: NO_MARKS, attendanceRate: null, suppressed: false });
  });
});

describe('whether withheld session counts could be worked out from a total', () => {
  it('they could when one is withheld, or when all are 1, or all are 4', () => {
    expect(revealsWithheld([])).toBe(false);
    expect(revealsWithheld([3])).toBe(true);
    expect(revealsWithheld([1, 1, 1])).toBe(true);
    expect(revealsWithheld([4, 4])).toBe(true);
  });

  it('they could not otherwise: only their sum is known', () => {
    expect(revealsWithheld([1, 2])).toBe(false);
    expect(revealsWithheld([2, 2, 4])).toBe(false);
  });
});

describe("an activity's figures in total", () => {
  it('adds the sessions up, and the rate is computed from the totals', () => {
    const total = totalFigures([
      counts({ PRESENT: 8, ABSENT_EXCUSED: 6 }),
      counts({ PRESENT: 10, ABSENT_EXCUSED: 6, SESSION_CANCELLED: 0 }),
    ]);
    expect(total).toEqual({ marks: counts({ PRESENT: 18, ABSENT_EXCUSED: 12 }), attendanceRate: 0.6, suppressed: false });
  });

  it('withholds a total from 1 to 4, and the rate with it', () => {
    expect(totalFigures([counts({ PRESENT: 10, REFUSED: 1 }), counts({ PRESENT: 10, REFUSED: 1 }), counts({ PRESENT: 10 })])).toMatchObject(
      {
        marks: { PRESENT: 30, REFUSED: null },
        attendanceRate: null,
        suppressed: true,
      },
    );
  });

  it('withholds a total that would give back the one withheld session count of its code', () => {
    // Sessions show 6 and (withheld) 3 excused: a total of 9 would say the second had 3.
    const total = totalFigures([counts({ PRESENT: 10, ABSENT_EXCUSED: 6 }), counts({ PRESENT: 10, ABSENT_EXCUSED: 3 })]);
    expect(total.marks).toMatchObject({ PRESENT: 20, ABSENT_EXCUSED: null });
    expect(total).toMatchObject({ attendanceRate: null, suppressed: true });
  });

  it('shows a total when only the sum of several withheld session counts follows from it', () => {
    const sessions = [
      counts({ PRESENT: 9, ABSENT_UNEXCUSED: 1 }),
      counts({ PRESENT: 8, ABSENT_UNEXCUSED: 2 }),
      counts({ PRESENT: 7, ABSENT_UNEXCUSED: 3 }),
    ];
    expect(totalFigures(sessions)).toEqual({ marks: counts({ PRESENT: 24, ABSENT_UNEXCUSED: 6 }), attendanceRate: 0.8, suppressed: false });
  });

  it('withholds a total when every withheld session count of its code was 1', () => {
    const sessions = [
      counts({ PRESENT: 9, CLASH: 1 }),
      counts({ PRESENT: 9, CLASH: 1 }),
      counts({ PRESENT: 9, CLASH: 1 }),
      counts({ PRESENT: 9, CLASH: 1 }),
      counts({ PRESENT: 9, CLASH: 1 }),
    ];
    expect(totalFigures(sessions).marks).toMatchObject({ PRESENT: 45, CLASH: null });
  });

  it('has no rate for an activity without marks', () => {
    expect(totalFigures([])).toEqual({ marks: NO_MARKS, attendanceRate: null, suppressed: false });
  });
});
