import { decisionProblem, reviewCauses } from './enrolment-review';

const women = { genders: ['FEMALE' as const], legalStatuses: ['SUSPECT' as const, 'CONVICTED' as const] };

describe('enrolment reviews after a change of circumstances', () => {
  it('names the changed circumstance the audience no longer includes', () => {
    const before = { gender: 'FEMALE' as const, legalStatus: 'SUSPECT' as const };
    expect(reviewCauses(before, { ...before, gender: 'MALE' }, women)).toEqual(['GENDER']);
    expect(reviewCauses(before, { ...before, legalStatus: 'INTERNED' }, women)).toEqual(['LEGAL_STATUS']);
    expect(reviewCauses(before, { gender: 'MALE', legalStatus: 'INTERNED' }, women)).toEqual(['GENDER', 'LEGAL_STATUS']);
  });

  it('asks nothing while the audience still fits, or when what does not fit did not change', () => {
    const before = { gender: 'FEMALE' as const, legalStatus: 'SUSPECT' as const };
    expect(reviewCauses(before, { ...before, legalStatus: 'CONVICTED' }, women)).toEqual([]);
    // Already outside the audience before (kept by an earlier review): a change of the other circumstance opens nothing.
    const outside = { gender: 'MALE' as const, legalStatus: 'SUSPECT' as const };
    expect(reviewCauses(outside, { ...outside, legalStatus: 'CONVICTED' }, women)).toEqual([]);
  });

  it('a decision needs a note, under 1000 characters', () => {
    expect(decisionProblem('KEEP', 'Blijft: de groep is gemengd sinds de wijziging.')).toBeNull();
    expect(decisionProblem('KEEP', '  ')?.field).toBe('note');
    expect(decisionProblem('WITHDRAW', null)?.message).toMatch(/reason/);
    expect(decisionProblem('WITHDRAW', 'x'.repeat(1001))?.field).toBe('note');
  });
});
