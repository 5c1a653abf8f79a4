import { fromCalendarDate as day } from '@cort/common';
import { activeInYear, agreementCovers, quarterHours, sessionHours, validInYear } from './partner-figures';

describe('partner figures rules', () => {
  it('an agreement naming no prison covers every prison its organisation serves', () => {
    expect(agreementCovers({ prisonIds: [] }, 'GENT', ['GENT', 'BRUGGE'])).toBe(true);
    expect(agreementCovers({ prisonIds: [] }, 'HAREN', ['GENT'])).toBe(false);
    expect(agreementCovers({ prisonIds: ['BRUGGE'] }, 'GENT', ['GENT', 'BRUGGE'])).toBe(false);
    expect(agreementCovers({ prisonIds: ['GENT'] }, 'GENT', ['GENT'])).toBe(true);
  });

  it('a validity counts in a year when it holds on one of its days', () => {
    expect(validInYear({ validFrom: day('2026-12-31'), validUntil: null }, 2026)).toBe(true);
    expect(validInYear({ validFrom: day('2027-01-01'), validUntil: null }, 2026)).toBe(false);
    expect(validInYear({ validFrom: day('2024-01-01'), validUntil: day('2026-01-01') }, 2026)).toBe(true);
    expect(validInYear({ validFrom: day('2024-01-01'), validUntil: day('2025-12-31') }, 2026)).toBe(false);
  });

  it('a person counts in a year when they were active on one of its days', () => {
    const history = [
      { since: day('2024-03-01'), status: 'ACTIVE' },
      { since: day('2025-06-01'), status: 'SUSPENDED' },
      { since: day('2025-09-01'), status: 'ACTIVE' },
      { since: day('2026-01-01'), status: 'INACTIVE' },
    ];
    expect([2023, 2024, 2025, 2026].map((year) => activeInYear(history, year))).toEqual([false, true, true, false]);
    // Left on 2 January: active on 1 January.
    expect(
      activeInYear(
        [
          { since: day('2020-01-01'), status: 'ACTIVE' },
          { since: day('2026-01-02'), status: 'INACTIVE' },
        ],
        2026,
      ),
    ).toBe(true);
    expect(activeInYear([{ since: day('2026-05-01'), status: 'SUSPENDED' }], 2026)).toBe(false);
    expect(activeInYear([], 2026)).toBe(false);
  });

  it('counts session hours in quarters and adds them without float noise', () => {
    const at = (time: string) => new Date(`2026-03-02T${time}:00Z`);
    expect(sessionHours({ startsAt: at('09:00'), endsAt: at('10:50') })).toBe(1.75);
    expect(quarterHours([0.1, 0.2, 1.25])).toBe(1.5);
  });
});
