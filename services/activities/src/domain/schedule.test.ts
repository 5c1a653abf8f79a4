import { belgianDate } from '@cort/common';
import { expandWeeklyRule, findDoubleBookings, prisonDay, sessionDates, sessionProblem } from './schedule';

const period = { startsOn: new Date('2026-03-01T00:00:00Z'), endsOn: new Date('2026-03-31T00:00:00Z') };

describe('sessionProblem', () => {
  it('accepts a session inside the period', () => {
    expect(
      sessionProblem({ startsAt: new Date('2026-03-02T09:00:00Z'), endsAt: new Date('2026-03-02T11:00:00Z'), locationId: 'a' }, period),
    ).toBeNull();
  });

  it('refuses a session that does not end after it starts', () => {
    const at = new Date('2026-03-02T09:00:00Z');
    expect(sessionProblem({ startsAt: at, endsAt: at, locationId: 'a' }, period)).toBe('A session must end after it starts.');
  });

  it('refuses sessions outside the period, judged by the date in Brussels', () => {
    // 23:30 UTC on 31 March is already 1 April in Brussels.
    expect(
      sessionProblem({ startsAt: new Date('2026-03-31T21:30:00Z'), endsAt: new Date('2026-03-31T23:30:00Z'), locationId: 'a' }, period),
    ).toMatch(/inside the activity's period/);
    expect(
      sessionProblem({ startsAt: new Date('2026-02-28T09:00:00Z'), endsAt: new Date('2026-02-28T10:00:00Z'), locationId: 'a' }, period),
    ).toMatch(/2026-03-01 to 2026-03-31/);
  });
});

describe('findDoubleBookings', () => {
  const s = (from: string, to: string, locationId = 'room') => ({
    startsAt: new Date(`2026-03-02T${from}:00Z`),
    endsAt: new Date(`2026-03-02T${to}:00Z`),
    locationId,
  });

  it('finds a new session overlapping a booked one in the same room', () => {
    const booked = [{ id: 'b1', ...s('09:00', '11:00') }];
    expect(findDoubleBookings([s('10:00', '12:00')], booked)[0].clashesWith).toBe(booked[0]);
  });

  it('lets sessions touch end to start, and other rooms overlap', () => {
    expect(findDoubleBookings([s('11:00', '12:00'), s('09:00', '12:00', 'other')], [{ id: 'b1', ...s('09:00', '11:00') }])).toEqual([]);
  });

  it('finds overlaps among the new sessions themselves', () => {
    expect(findDoubleBookings([s('09:00', '10:00'), s('09:30', '10:30')], [])).toHaveLength(1);
  });
});

describe('expandWeeklyRule', () => {
  it('creates one session per chosen weekday, in Brussels time across the DST change', () => {
    const sessions = expandWeeklyRule({
      weekdays: ['MONDAY', 'THURSDAY'],
      startTime: '09:00',
      endTime: '11:30',
      from: new Date('2026-03-23T00:00:00Z'),
      to: new Date('2026-04-02T00:00:00Z'),
      locationId: 'room',
    });
    expect(sessions.map((x) => x.startsAt.toISOString())).toEqual([
      '2026-03-23T08:00:00.000Z', // Monday, winter time (UTC+1)
      '2026-03-26T08:00:00.000Z', // Thursday
      '2026-03-30T07:00:00.000Z', // Monday after the change to summer time (UTC+2)
      '2026-04-02T07:00:00.000Z',
    ]);
    expect(sessions[0].endsAt.toISOString()).toBe('2026-03-23T10:30:00.000Z');
    expect(belgianDate(sessions[2].startsAt)).toBe('2026-03-30');
  });

  it('moves a time in the spring DST gap forward, and takes the first of the repeated autumn hour', () => {
    const at = (day: string) =>
      expandWeeklyRule({
        weekdays: ['SUNDAY'],
        startTime: '02:30',
        endTime: '04:00',
        from: new Date(day),
        to: new Date(day),
        locationId: 'r',
      })[0];
    expect(at('2026-03-29T00:00:00Z').startsAt.toISOString()).toBe('2026-03-29T01:30:00.000Z'); // 03:30 summer time
    expect(at('2026-10-25T00:00:00Z').startsAt.toISOString()).toBe('2026-10-25T00:30:00.000Z'); // 02:30 summer time
  });

  it('rejects malformed times', () => {
    expect(() =>
      expandWeeklyRule({ weekdays: ['MONDAY'], startTime: '9h', endTime: '10:00', from: new Date(), to: new Date(), locationId: 'r' }),
    ).toThrow('startTime must be a time as HH:mm.');
  });
});

describe('prisonDay', () => {
  it('is the Brussels calendar day, whatever the server zone', () => {
    // 23:30 UTC on 30 June is already 1 July in Brussels (summer time, UTC+2).
    expect(prisonDay(new Date('2026-06-30T23:30:00Z'))).toEqual({
      from: new Date('2026-06-30T22:00:00Z'),
      to: new Date('2026-07-01T22:00:00Z'),
    });
  });

  it('has 23 hours on the day summer time starts', () => {
    const { from, to } = prisonDay(new Date('2026-03-29T10:00:00Z'));
    expect((to.getTime() - from.getTime()) / 3_600_000).toBe(23);
  });
});

describe('sessionDates', () => {
  it('lists the Brussels dates of the sessions, once each and in order', () => {
    const at = (instant: string) => ({ startsAt: new Date(instant) });
    expect(sessionDates([at('2026-06-30T22:30:00Z'), at('2026-06-29T09:00:00Z'), at('2026-07-01T08:00:00Z')])).toEqual([
      '2026-06-29',
      '2026-07-01',
    ]);
  });
});
