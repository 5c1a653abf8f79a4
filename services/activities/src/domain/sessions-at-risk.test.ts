import { sessionsAtRisk } from './sessions-at-risk';

// 09:00 in Brussels on the given day (winter time, UTC+1).
const at = (day: string) => new Date(`${day}T08:00:00Z`);

describe('sessions at risk', () => {
  const sessions = [
    { id: 's1', startsAt: at('2026-12-10'), facilitatorIds: ['eva', 'tom'] },
    { id: 's2', startsAt: at('2026-12-20'), facilitatorIds: ['eva'] },
    { id: 's3', startsAt: at('2026-12-21'), facilitatorIds: ['tom'] },
  ];

  it('lists the sessions on days a facilitator holds no permit, with them and the first such day', () => {
    const gaps = new Map([
      ['eva', ['2026-12-20']],
      ['tom', []],
    ]);
    expect(sessionsAtRisk(sessions, gaps)).toEqual([
      { session: sessions[1], facilitators: [{ personId: 'eva', reason: 'NO_PRISON_ACCESS', from: '2026-12-20' }] },
    ]);
  });

  it('names every facilitator at risk of a session, and an unknown person as such', () => {
    const gaps = new Map<string, string[] | null>([
      ['eva', ['2026-12-20', '2026-12-10']],
      ['tom', null],
    ]);
    expect(sessionsAtRisk(sessions, gaps)).toEqual([
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

  it('judges a session by its day in Brussels, not in UTC', () => {
    const lateEvening = [{ id: 's4', startsAt: new Date('2026-12-10T23:30:00Z'), facilitatorIds: ['eva'] }];
    expect(sessionsAtRisk(lateEvening, new Map([['eva', ['2026-12-10']]]))).toEqual([]);
    expect(sessionsAtRisk(lateEvening, new Map([['eva', ['2026-12-11']]]))).toHaveLength(1);
  });

  it('lists nothing when every facilitator is cleared, or the organisations service was not asked about them', () => {
    expect(sessionsAtRisk(sessions, new Map([['eva', []]]))).toEqual([]);
  });
});
