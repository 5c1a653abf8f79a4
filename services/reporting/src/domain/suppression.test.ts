import { suppress, suppressRow } from './suppression';

describe('small-cell suppression', () => {
  it('withholds counts from 1 to 4, keeps 0 and 5 or more', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 120].map(suppress)).toEqual([0, null, null, null, null, 5, 6, 120]);
  });

  it('marks a row suppressed when any of its cells was', () => {
    expect(suppressRow({ activities: 5, sessionsHeld: 12, participants: 3 })).toEqual({
      activities: 5,
      sessionsHeld: 12,
      participants: null,
      suppressed: true,
    });
    expect(suppressRow({ activities: 1, sessionsHeld: 0, participants: 0 })).toEqual({
      activities: null,
      sessionsHeld: 0,
      participants: 0,
      suppressed: true,
    });
  });

  it('leaves a row of zeros or large counts alone', () => {
    expect(suppressRow({ activities: 0, sessionsHeld: 0, participants: 0 })).toEqual({
      activities: 0,
      sessionsHeld: 0,
      participants: 0,
      suppressed: false,
    });
    expect(suppressRow({ activities: 7, sessionsHeld: 40, participants: 55 }).suppressed).toBe(false);
  });
});
