import { hoursBySource, hoursProblems, sessionHours, totalHours } from './volunteer-hours';

const at = (time: string) => new Date(`2026-03-02T${time}:00Z`);

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

  it("counts a held session's length to the nearest quarter of an hour", () => {
    expect(sessionHours({ startsAt: at('09:00'), endsAt: at('10:30') })).toBe(1.5);
    expect(sessionHours({ startsAt: at('09:00'), endsAt: at('09:50') })).toBe(0.75);
    expect(sessionHours({ startsAt: at('10:00'), endsAt: at('09:00') })).toBe(0);
  });

  it('splits the hours by source and adds them up', () => {
    const sessions = [
      { startsAt: at('09:00'), endsAt: at('11:00') },
      { startsAt: at('13:00'), endsAt: at('14:15') },
    ];
    expect(hoursBySource(sessions, [{ hours: 1.5 }])).toEqual({ facilitated: 3.25, recorded: 1.5, total: 4.75 });
    expect(hoursBySource([], [])).toEqual({ facilitated: 0, recorded: 0, total: 0 });
  });
});
