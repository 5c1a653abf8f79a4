import { covers, overlaps, periodOf, resumedEnd, suspensionProblem, toResume } from './suspension';

const day = (d: string) => new Date(`${d}T00:00:00Z`);
const at = (iso: string) => new Date(iso);

describe('suspensions', () => {
  it('spans Belgian days from the first midnight to the midnight after the last day', () => {
    expect(periodOf(day('2026-03-02'), day('2026-03-04'))).toEqual({
      startsAt: at('2026-03-01T23:00:00Z'),
      endsAt: at('2026-03-04T23:00:00Z'),
    });
    // Summer time ends on 25 October 2026: that day has 25 hours.
    expect(periodOf(day('2026-10-25'), day('2026-10-25'))).toEqual({
      startsAt: at('2026-10-24T22:00:00Z'),
      endsAt: at('2026-10-25T23:00:00Z'),
    });
  });

  it('refuses a period ending before it starts, longer than a year, or a long note', () => {
    expect(suspensionProblem({ from: day('2026-03-02'), until: day('2026-03-02') })).toBeNull();
    expect(suspensionProblem({ from: day('2026-03-02'), until: day('2026-03-01') })?.reason).toBe('UNTIL_BEFORE_FROM');
    expect(suspensionProblem({ from: day('2026-01-01'), until: day('2027-01-01') })).toBeNull();
    expect(suspensionProblem({ from: day('2026-01-01'), until: day('2027-01-02') })?.reason).toBe('TOO_LONG');
    expect(suspensionProblem({ from: day('2026-01-01'), until: day('2026-01-02'), note: 'x'.repeat(1001) })?.field).toBe('note');
  });

  it('overlap: sharing an instant; touching ends and empty periods do not', () => {
    const march = periodOf(day('2026-03-02'), day('2026-03-04'));
    expect(overlaps(march, periodOf(day('2026-03-04'), day('2026-03-06')))).toBe(true);
    expect(overlaps(march, periodOf(day('2026-03-05'), day('2026-03-06')))).toBe(false);
    expect(overlaps(march, { startsAt: march.startsAt, endsAt: march.startsAt })).toBe(false);
  });

  it('covers a session starting inside, not one starting at the end', () => {
    const period = periodOf(day('2026-03-02'), day('2026-03-02'));
    expect(covers(period, at('2026-03-01T23:00:00Z'))).toBe(true);
    expect(covers(period, at('2026-03-02T22:59:59Z'))).toBe(true);
    expect(covers(period, at('2026-03-02T23:00:00Z'))).toBe(false);
  });

  it('resumes the suspension in force, else the next to come; a resumed one ends now or is emptied', () => {
    const past = periodOf(day('2026-02-01'), day('2026-02-03'));
    const now = periodOf(day('2026-03-01'), day('2026-03-10'));
    const later = periodOf(day('2026-04-01'), day('2026-04-03'));
    const moment = at('2026-03-05T10:00:00Z');
    expect(toResume([later, past, now], moment)).toBe(now);
    expect(toResume([later, past], moment)).toBe(later);
    expect(toResume([past], moment)).toBeNull();
    expect(resumedEnd(now, moment)).toEqual(moment);
    expect(resumedEnd(later, moment)).toEqual(later.startsAt);
  });
});
