import { agreementProblems, covers } from './agreement';

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
});
