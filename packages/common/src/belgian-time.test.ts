import {
  belgianDate,
  belgianDay,
  belgianInstant,
  belgianYear,
  calendarDate,
  fromCalendarDate,
  isoWeekday,
  nextCalendarDate,
} from './belgian-time';

describe('Belgian time', () => {
  it('reads the calendar date of an instant in Brussels, not UTC', () => {
    // 23:30 UTC on 31 March is 01:30 on 1 April in summer time (UTC+2).
    expect(belgianDate(new Date('2026-03-31T23:30:00Z'))).toBe('2026-04-01');
    expect(belgianDate(new Date('2026-12-31T22:59:00Z'))).toBe('2026-12-31');
    expect(belgianDate(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
  });

  it('keeps calendar dates as UTC midnight both ways', () => {
    expect(calendarDate(fromCalendarDate('2026-02-28'))).toBe('2026-02-28');
    expect(fromCalendarDate('2026-02-28').toISOString()).toBe('2026-02-28T00:00:00.000Z');
  });

  it('gives a day of 23 hours when the clocks go forward', () => {
    const { from, to } = belgianDay('2026-03-29');
    expect(from.toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect((to.getTime() - from.getTime()) / 3_600_000).toBe(23);
  });

  it('gives a year from 1 January 00:00 Brussels time', () => {
    const { from, to } = belgianYear(2026);
    expect(from.toISOString()).toBe('2025-12-31T23:00:00.000Z');
    expect(to.toISOString()).toBe('2026-12-31T23:00:00.000Z');
  });

  it('turns a wall-clock time into an instant, and refuses one that does not exist', () => {
    expect(belgianInstant('2026-07-01', '16:30')?.toISOString()).toBe('2026-07-01T14:30:00.000Z');
    expect(belgianInstant('2026-03-29', '02:30')).toBeNull();
  });

  it('counts weekdays from Monday and steps over month ends', () => {
    expect(isoWeekday('2026-12-07')).toBe(1);
    expect(isoWeekday('2026-12-06')).toBe(7);
    expect(nextCalendarDate('2026-02-28')).toBe('2026-03-01');
  });
});
