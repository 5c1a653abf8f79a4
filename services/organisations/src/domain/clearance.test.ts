import { clearanceProblem, datesWithoutPrisonAccess, validOn, withdrawal } from './clearance';

const d = (date: string) => new Date(`${date}T00:00:00Z`);
const permit = (prisonId: string, from: string, until: string | null) => ({
  kind: 'PRISON_ACCESS' as const,
  prisonId,
  validFrom: d(from),
  validUntil: until ? d(until) : null,
});

describe('prison access clearances', () => {
  it('holds from its first to its last day, both included, or open-ended', () => {
    expect(validOn(permit('HAREN', '2026-01-01', '2026-12-31'), '2026-12-31')).toBe(true);
    expect(validOn(permit('HAREN', '2026-01-01', '2026-12-31'), '2027-01-01')).toBe(false);
    expect(validOn(permit('HAREN', '2026-01-01', null), '2030-05-05')).toBe(true);
  });

  it('finds the dates without a valid permit for that prison', () => {
    const clearances = [
      permit('HAREN', '2026-01-01', '2026-03-31'),
      permit('GENT', '2026-01-01', null),
      { kind: 'CHARTER' as const, prisonId: null, validFrom: d('2020-01-01'), validUntil: null },
    ];
    expect(datesWithoutPrisonAccess(clearances, 'HAREN', ['2026-04-02', '2026-03-31', '2026-04-02'])).toEqual(['2026-04-02']);
    expect(datesWithoutPrisonAccess(clearances, 'ANTWERPEN', ['2026-02-01'])).toEqual(['2026-02-01']);
    expect(datesWithoutPrisonAccess([], 'HAREN', [])).toEqual([]);
  });

  it('refuses a permit without a prison and one that ends before it starts', () => {
    expect(clearanceProblem({ kind: 'PRISON_ACCESS', prisonId: null, validFrom: d('2026-01-01'), validUntil: null })?.field).toBe(
      'prisonId',
    );
    expect(clearanceProblem(permit('HAREN', '2026-02-01', '2026-01-31'))?.field).toBe('validUntil');
    expect(clearanceProblem({ kind: 'TRAINING', prisonId: null, validFrom: d('2026-01-01'), validUntil: null })).toBeNull();
  });
});

describe('withdrawing a clearance', () => {
  const permit = {
    kind: 'PRISON_ACCESS' as const,
    prisonId: 'HAREN',
    validFrom: new Date('2026-01-01'),
    validUntil: new Date('2026-12-31'),
  };

  it('ends it the day before, so it no longer holds from that day', () => {
    const outcome = withdrawal({ ...permit, withdrawnFrom: null }, '2026-06-10');
    expect(outcome).toEqual({ validUntil: new Date('2026-06-09') });
    const withdrawn = { ...permit, validUntil: (outcome as { validUntil: Date }).validUntil };
    expect(datesWithoutPrisonAccess([withdrawn], 'HAREN', ['2026-06-09', '2026-06-10'])).toEqual(['2026-06-10']);
  });

  it('refuses a second withdrawal, and one after the clearance ended anyway', () => {
    expect(withdrawal({ ...permit, withdrawnFrom: new Date('2026-03-01') }, '2026-06-10')).toMatchObject({ field: 'id', conflict: true });
    expect(withdrawal({ ...permit, withdrawnFrom: null }, '2027-01-02')).toMatchObject({ field: 'from' });
    // An open-ended clearance can be withdrawn on any day.
    expect(withdrawal({ ...permit, validUntil: null, withdrawnFrom: null }, '2030-01-01')).toEqual({ validUntil: new Date('2029-12-31') });
  });
});
