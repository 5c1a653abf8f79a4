import { sessionsAtRisk, type FacilitatorStanding } from './sessions-at-risk';

// 09:00 in Brussels on the given day (winter time, UTC+1).
const at = (day: string) => new Date(`${day}T08:00:00Z`);

/** An active person without a permit on the given days. */
const withoutAccessOn = (...days: string[]): FacilitatorStanding => ({ daysWithoutAccess: days, status: 'ACTIVE', statusSince: null });
const cleared = withoutAccessOn();

describe('sessions at risk', () => {
  const sessions = [
    { id: 's1', startsAt: at('2026-12-10'), facilitatorIds: ['eva', 'tom'] },
    { id: 's2', startsAt: at('2026-12-20'), facilitatorIds: ['eva'] },
    { id: 's3', startsAt: at('2026-12-21'), facilitatorIds: ['tom'] },
  ];

  it('lists the sessions on days a facilitator holds no permit, with them and the first such day', () => {
    const standings = new Map([
      ['eva', withoutAccessOn('2026-12-20')],
      ['tom', cleared],
    ]);
    expect(sessionsAtRisk(sessions, standings)).toEqual([
      { session: sessions[1], facilitators: [{ personId: 'eva', reason: 'NO_PRISON_ACCESS', from: '2026-12-20' }] },
    ]);
  });

  it('names every facilitator at risk of a session, and an unknown person as such', () => {
    const standings = new Map<string, FacilitatorStanding | null>([
      ['eva', withoutAccessOn('2026-12-20', '2026-12-10')],
      ['tom', null],
    ]);
    expect(sessionsAtRisk(sessions, standings)).toEqual([
      {
        session: sessions[0],
        facilitators: [
          { personId: 'eva', reason: 'NO_PRISON_ACCESS', from: '2026-12-10' },
          { personId: 'tom', reason: 'UNKNOWN_PERSON', from: null },
        ],
      },
      { session: sessions[1], facilitators: [{ personId: 'eva', reason: 'NO_PRISON_ACCESS', from: '2026-12-10' }] },
      { session: sessions[2], facilitators: [{ personId: 'tom', reason: 'UNKNOWN_PERSON', from: null }] },
    ]);
  });

  it('lists the sessions of a suspended or inactive facilitator from the day the status took effect, with its own reason', () => {
    const standings = new Map<string, FacilitatorStanding>([
      ['eva', { daysWithoutAccess: [], status: 'SUSPENDED', statusSince: '2026-12-20' }],
      ['tom', { daysWithoutAccess: [], status: 'INACTIVE', statusSince: '2026-12-10' }],
    ]);
    expect(sessionsAtRisk(sessions, standings)).toEqual([
      { session: sessions[0], facilitators: [{ personId: 'tom', reason: 'PERSON_INACTIVE', from: '2026-12-10' }] },
      { session: sessions[1], facilitators: [{ personId: 'eva', reason: 'PERSON_SUSPENDED', from: '2026-12-20' }] },
      { session: sessions[2], facilitators: [{ personId: 'tom', reason: 'PERSON_INACTIVE', from: '2026-12-10' }] },
    ]);
  });

  it('names the suspension rather than the missing permit when both hold, and ignores a status back to active', () => {
    const standings = new Map<string, FacilitatorStanding>([
      ['eva', { daysWithoutAccess: ['2026-12-10', '2026-12-20'], status: 'SUSPENDED', statusSince: '2026-12-15' }],
      ['tom', { daysWithoutAccess: [], status: 'ACTIVE', statusSince: '2026-12-01' }],
    ]);
    expect(sessionsAtRisk(sessions, standings)).toEqual([
      { session: sessions[0], facilitators: [{ personId: 'eva', reason: 'NO_PRISON_ACCESS', from: '2026-12-10' }] },
      { session: sessions[1], facilitators: [{ personId: 'eva', reason: 'PERSON_SUSPENDED', from: '2026-12-15' }] },
    ]);
  });

  it('judges a session by its day in Brussels, not in UTC', () => {
    const lateEvening = [{ id: 's4', startsAt: new Date('2026-12-10T23:30:00Z'), facilitatorIds: ['eva'] }];
    expect(sessionsAtRisk(lateEvening, new Map([['eva', withoutAccessOn('2026-12-10')]]))).toEqual([]);
    expect(sessionsAtRisk(lateEvening, new Map([['eva', withoutAccessOn('2026-12-11')]]))).toHaveLength(1);
    const suspended: FacilitatorStanding = { daysWithoutAccess: [], status: 'SUSPENDED', statusSince: '2026-12-11' };
    expect(sessionsAtRisk(lateEvening, new Map([['eva', suspended]]))).toHaveLength(1);
  });

  it('lists nothing when every facilitator is cleared, or the organisations service was not asked about them', () => {
    expect(sessionsAtRisk(sessions, new Map([['eva', cleared]]))).toEqual([]);
  });
});
