import { byUrgency, isAnswered, overviewSince, type OverviewOrderKey } from './needs-overview';

const key = (overrides: Partial<OverviewOrderKey>): OverviewOrderKey => ({
  answered: false,
  count: 5,
  conductedUntil: new Date('2026-03-01'),
  position: 0,
  ...overrides,
});

describe('the needs overview', () => {
  it('looks back two years from today', () => expect(overviewSince('2026-12-06').toISOString().slice(0, 10)).toBe('2024-12-06'));

  it('counts a wish answered once an activity for it has been published, not while drafts only', () => {
    expect(isAnswered([])).toBe(false);
    expect(isAnswered([{ publishedAt: null }])).toBe(false);
    expect(isAnswered([{ publishedAt: null }, { publishedAt: new Date() }])).toBe(true);
  });

  it('puts unanswered wishes first, the most asked for first, then the latest assessment, then the order entered', () => {
    const wishes = {
      answeredBig: key({ answered: true, count: 50 }),
      small: key({ count: 2 }),
      big: key({ count: 9 }),
      bigOlder: key({ count: 9, conductedUntil: new Date('2025-01-01') }),
      bigSecond: key({ count: 9, position: 1 }),
    };
    const sorted = Object.entries(wishes)
      .sort(([, a], [, b]) => byUrgency(a, b))
      .map(([name]) => name);
    expect(sorted).toEqual(['big', 'bigSecond', 'bigOlder', 'small', 'answeredBig']);
  });
});
