import { belgianInstant } from '@cort/common';
import { brusselsTime } from './brussels-time';
import { weeklyRuleOf } from './weekly-rule';

/** A session on a Belgian day at Belgian wall-clock times. */
const session = (day: string, start: string, end: string) => ({
  startsAt: belgianInstant(day, start)!.toISOString(),
  endsAt: belgianInstant(day, end)!.toISOString(),
});

describe('Belgian wall-clock time', () => {
  it('reads an instant in Europe/Brussels: winter +01:00, summer +02:00', () => {
    expect(brusselsTime('2026-01-13T08:00:00Z')).toEqual({ date: '2026-01-13', time: '09:00', weekday: 'TU', offset: '+01:00' });
    expect(brusselsTime('2026-07-14T07:00:00Z')).toEqual({ date: '2026-07-14', time: '09:00', weekday: 'TU', offset: '+02:00' });
    expect(brusselsTime('2026-01-13T23:30:00Z').date).toBe('2026-01-14');
  });
});

describe('weeklyRuleOf', () => {
  it('finds the rule of sessions every Tuesday at the same time, across a change to summer time', () => {
    const sessions = ['2026-03-17', '2026-03-24', '2026-03-31', '2026-04-07'].map((day) => session(day, '09:00', '11:30'));
    expect(weeklyRuleOf(sessions)).toEqual({
      weekdays: ['TU'],
      startTime: '09:00',
      endTime: '11:30',
      from: '2026-03-17',
      until: '2026-04-07',
      offset: '+01:00',
      count: 4,
    });
  });

  it('finds several weekdays, and every day of the week (a daily class)', () => {
    const twice = ['2026-01-12', '2026-01-14', '2026-01-19', '2026-01-21'].map((day) => session(day, '13:30', '16:00'));
    expect(weeklyRuleOf(twice)?.weekdays).toEqual(['MO', 'WE']);
    const daily = ['2026-01-12', '2026-01-13', '2026-01-14', '2026-01-15', '2026-01-16', '2026-01-17', '2026-01-18', '2026-01-19'];
    expect(weeklyRuleOf(daily.map((day) => session(day, '16:30', '18:00')))?.weekdays).toEqual(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']);
  });

  it('finds none when a week is missing, the time differs, or there is one session', () => {
    expect(weeklyRuleOf(['2026-01-13', '2026-01-27'].map((day) => session(day, '09:00', '11:00')))).toBeNull();
    expect(weeklyRuleOf([session('2026-01-13', '09:00', '11:00'), session('2026-01-20', '10:00', '12:00')])).toBeNull();
    expect(weeklyRuleOf([session('2026-01-13', '09:00', '11:00'), session('2026-01-20', '09:00', '11:30')])).toBeNull();
    expect(weeklyRuleOf([session('2026-01-13', '09:00', '11:00')])).toBeNull();
    expect(weeklyRuleOf([])).toBeNull();
  });

  it('finds none for two sessions on one day, or a session past midnight', () => {
    expect(weeklyRuleOf([session('2026-01-13', '09:00', '10:00'), session('2026-01-13', '09:00', '10:00')])).toBeNull();
    expect(
      weeklyRuleOf([session('2026-01-13', '22:00', '23:30'), { startsAt: '2026-01-20T21:00:00Z', endsAt: '2026-01-21T00:30:00Z' }]),
    ).toBeNull();
  });
});
