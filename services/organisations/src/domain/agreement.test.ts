import { agreementProblems, coveredOver, covers } from './agreement';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('agreements', () => {
  it('covers the prisons it names, or every prison the organisation serves when it names none', () => {
    expect(covers({ prisonIds: ['GENT'] }, 'GENT', ['GENT', 'BRUGGE'])).toBe(true);
    expect(covers({ prisonIds: ['GENT'] }, 'BRUGGE', ['GENT', 'BRUGGE'])).toBe(false);
    expect(covers({ prisonIds: [] }, 'BRUGGE', ['GENT', 'BRUGGE'])).toBe(true);
    expect(covers({ prisonIds: [] }, 'HAREN', ['GENT', 'BRUGGE'])).toBe(false);
  });

  it('refuses prisons the organisation does not serve, a period ending before it starts, an overlong reference', () => {
    const ok = { prisonIds: ['GENT'], validFrom: day('2026-01-01'), validUntil: day('2026-12-31'), documentReference: 'DOC-1' };
    expect(agreementProblems(ok, ['GENT'])).toEqual([]);
    expect(agreementProblems({ ...ok, prisonIds: ['HAREN'] }, ['GENT']).map((p) => p.field)).toEqual(['prisonIds']);
    expect(agreementProblems({ ...ok, validUntil: day('2025-12-31') }, ['GENT']).map((p) => p.field)).toEqual(['validUntil']);
    expect(agreementProblems({ ...ok, documentReference: 'x'.repeat(301) }, ['GENT']).map((p) => p.field)).toEqual(['documentReference']);
  });

  describe('coveredOver', () => {
    const agreement = (validFrom: string, validUntil: string | null, prisonIds: string[] = []) => ({
      prisonIds,
      validFrom: day(validFrom),
      validUntil: validUntil ? day(validUntil) : null,
    });
    const served = ['GENT', 'BRUGGE'];

    it('holds when one agreement spans the period, both ends included, or is open-ended', () => {
      expect(coveredOver([agreement('2026-01-01', '2026-06-30')], 'GENT', served, '2026-01-01', '2026-06-30')).toBe(true);
      expect(coveredOver([agreement('2025-01-01', null)], 'GENT', served, '2026-01-01', '2030-12-31')).toBe(true);
    });

    it('holds over agreements that follow one another without a gap, in any order', () => {
      const renewed = [agreement('2026-07-01', '2026-12-31'), agreement('2026-01-01', '2026-06-30')];
      expect(coveredOver(renewed, 'GENT', served, '2026-03-01', '2026-09-30')).toBe(true);
    });

    it('fails on a gap of one day, an agreement starting late or ending early, and without any agreement', () => {
      const gap = [agreement('2026-01-01', '2026-06-29'), agreement('2026-07-01', '2026-12-31')];
      expect(coveredOver(gap, 'GENT', served, '2026-03-01', '2026-09-30')).toBe(false);
      expect(coveredOver([agreement('2026-03-02', null)], 'GENT', served, '2026-03-01', '2026-03-31')).toBe(false);
      expect(coveredOver([agreement('2026-01-01', '2026-03-30')], 'GENT', served, '2026-03-01', '2026-03-31')).toBe(false);
      expect(coveredOver([], 'GENT', served, '2026-03-01', '2026-03-31')).toBe(false);
    });

    it('counts only the agreements covering the prison', () => {
      expect(coveredOver([agreement('2026-01-01', null, ['BRUGGE'])], 'GENT', served, '2026-03-01', '2026-03-31')).toBe(false);
      expect(coveredOver([agreement('2026-01-01', null, ['GENT'])], 'GENT', served, '2026-03-01', '2026-03-31')).toBe(true);
      expect(coveredOver([agreement('2026-01-01', null)], 'HAREN', served, '2026-03-01', '2026-03-31')).toBe(false);
    });
  });
});
