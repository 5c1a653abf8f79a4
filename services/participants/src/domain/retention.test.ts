import { participantProblems } from './participant-input';
import { ANONYMISED_NAME, anonymisedIdentity, isDueForAnonymisation } from './retention';

describe('who is due for anonymisation', () => {
  const cutoff = new Date('2025-11-23T00:00:00Z');
  const before = new Date('2025-11-22T23:59:59.999Z');
  const left = (status: 'RELEASED' | 'TRANSFERRED', statusChangedAt: Date | null) => ({ status, statusChangedAt, anonymisedAt: null });

  it.each(['RELEASED', 'TRANSFERRED'] as const)('is someone %s before the cut-off, not yet anonymised', (status) => {
    expect(isDueForAnonymisation(left(status, before), cutoff)).toBe(true);
    expect(isDueForAnonymisation(left(status, new Date('2020-01-01T00:00:00Z')), cutoff)).toBe(true);
  });

  it('is not someone who left at the cut-off or after it', () => {
    expect(isDueForAnonymisation(left('RELEASED', cutoff), cutoff)).toBe(false);
    expect(isDueForAnonymisation(left('TRANSFERRED', new Date('2026-01-01T00:00:00Z')), cutoff)).toBe(false);
  });

  it('is never someone in custody, however old their record', () => {
    expect(isDueForAnonymisation({ status: 'IN_CUSTODY', statusChangedAt: before, anonymisedAt: null }, cutoff)).toBe(false);
    expect(isDueForAnonymisation({ status: 'IN_CUSTODY', statusChangedAt: null, anonymisedAt: null }, cutoff)).toBe(false);
  });

  it('is not someone anonymised already: a second run changes nothing', () => {
    expect(isDueForAnonymisation({ ...left('RELEASED', before), anonymisedAt: new Date('2026-01-01T00:00:00Z') }, cutoff)).toBe(false);
  });

  it('is not someone whose date of leaving is unknown', () => {
    expect(isDueForAnonymisation(left('RELEASED', null), cutoff)).toBe(false);
  });
});

describe('an anonymised identity', () => {
  const id = '6f1c2d7e-0b7a-4c43-9d57-2f0e8a1b3c4d';

  it('keeps no name, language or section', () => {
    expect(anonymisedIdentity(id)).toEqual({
      firstName: ANONYMISED_NAME,
      lastName: ANONYMISED_NAME,
      detaineeNumber: `ANONYMISED-${id}`,
      languages: [],
      section: null,
    });
  });

  it('has a detainee number unique per participant that no real detainee number can equal', () => {
    expect(anonymisedIdentity(id).detaineeNumber).not.toBe(anonymisedIdentity('another-id').detaineeNumber);
    // A registration refuses it as a detainee number: a detainee registered later never collides with it.
    expect(participantProblems({ detaineeNumber: anonymisedIdentity(id).detaineeNumber }).map((p) => p.field)).toEqual(['detaineeNumber']);
  });
});
