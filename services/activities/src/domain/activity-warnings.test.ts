import { activityWarnings, requireAcknowledged } from './activity-warnings';

const facts = { prisonId: 'HAREN', startsOn: '2026-01-01', endsOn: '2026-03-31' };

describe('activity warnings', () => {
  it('warns of a missing agreement when the organisation has none over the period, or gave no answer', () => {
    expect(activityWarnings({ ...facts, agreementCovers: true })).toEqual([]);
    for (const agreementCovers of [false, null]) {
      const [warning, ...more] = activityWarnings({ ...facts, agreementCovers });
      expect(more).toEqual([]);
      expect(warning.code).toBe('NO_CURRENT_AGREEMENT');
      expect(warning.message).toContain('HAREN');
      expect(warning.message).toContain('2026-01-01 to 2026-03-31');
    }
  });

  it('refuses while a warning that applies is not acknowledged, naming the code', () => {
    const warnings = activityWarnings({ ...facts, agreementCovers: false });
    for (const acknowledged of [undefined, null, [], ['SOMETHING_ELSE']]) {
      let error: unknown;
      try {
        requireAcknowledged(warnings, acknowledged);
      } catch (thrown) {
        error = thrown;
      }
      expect(error).toMatchObject({
        message: expect.stringContaining('NO_CURRENT_AGREEMENT in acknowledgedWarnings'),
        extensions: {
          code: 'BAD_USER_INPUT',
          field: 'acknowledgedWarnings',
          reason: 'WARNINGS_NOT_ACKNOWLEDGED',
          warnings: ['NO_CURRENT_AGREEMENT'],
        },
      });
    }
  });

  it('returns what was acknowledged for the history, and nothing when nothing applied', () => {
    expect(requireAcknowledged(activityWarnings({ ...facts, agreementCovers: false }), ['NO_CURRENT_AGREEMENT'])).toEqual([
      'NO_CURRENT_AGREEMENT',
    ]);
    expect(requireAcknowledged([], ['NO_CURRENT_AGREEMENT'])).toEqual([]);
  });
});
