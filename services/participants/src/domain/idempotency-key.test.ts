import { idempotencyKeyProblems, MAX_KEY_LENGTH, sameChange } from './idempotency-key';

describe('an idempotency key', () => {
  it('is kept from 1 to 200 characters', () => {
    expect(idempotencyKeyProblems('a')).toEqual([]);
    expect(idempotencyKeyProblems('3f1c2a9e-6b1d-4c55-9b7a-0d2f1e8c4a10')).toEqual([]);
    expect(idempotencyKeyProblems('k'.repeat(MAX_KEY_LENGTH))).toEqual([]);
  });

  it('is refused blank or longer than 200 characters, on the field idempotencyKey', () => {
    for (const key of ['', ' ', '\t\n', 'k'.repeat(MAX_KEY_LENGTH + 1)])
      expect(idempotencyKeyProblems(key)).toEqual([
        { field: 'idempotencyKey', message: 'Give an idempotency key of 1 to 200 characters.' },
      ]);
  });
});

describe('a change sent again under its key', () => {
  it('is the same change when the key names the same change of the same enrolment', () => {
    expect(sameChange({ enrolmentId: 'e1', to: 'WITHDRAWN' }, 'e1', 'WITHDRAWN')).toBe(true);
  });

  it('is another request when the key was kept with another enrolment', () => {
    expect(sameChange({ enrolmentId: 'e2', to: 'WITHDRAWN' }, 'e1', 'WITHDRAWN')).toBe(false);
  });

  it('is another request when the key was kept with a change of another kind', () => {
    for (const to of ['ENROLLED', 'COMPLETED', 'DROPPED_OUT', 'REJECTED', 'WAITLISTED'])
      expect(sameChange({ enrolmentId: 'e1', to }, 'e1', 'WITHDRAWN')).toBe(false);
  });
});
