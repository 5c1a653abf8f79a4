import { idempotencyKeyProblem, MAX_KEY_LENGTH, sameWithdrawal } from './idempotency-key';

describe('an idempotency key', () => {
  it('is kept from 1 to 200 characters', () => {
    expect(idempotencyKeyProblem('a')).toBeNull();
    expect(idempotencyKeyProblem('3f1c2a9e-6b1d-4c55-9b7a-0d2f1e8c4a10')).toBeNull();
    expect(idempotencyKeyProblem('k'.repeat(MAX_KEY_LENGTH))).toBeNull();
  });

  it('is refused blank or longer than 200 characters, on the field idempotencyKey', () => {
    for (const key of ['', ' ', '\t\n', 'k'.repeat(MAX_KEY_LENGTH + 1)])
      expect(idempotencyKeyProblem(key)).toEqual({ field: 'idempotencyKey', message: 'Give an idempotency key of 1 to 200 characters.' });
  });
});

describe('a withdrawal sent again under its key', () => {
  it('is the same withdrawal when the key names the withdrawal of the same enrolment', () => {
    expect(sameWithdrawal({ enrolmentId: 'e1', to: 'WITHDRAWN' }, 'e1')).toBe(true);
  });

  it('is another request when the key was kept with another enrolment', () => {
    expect(sameWithdrawal({ enrolmentId: 'e2', to: 'WITHDRAWN' }, 'e1')).toBe(false);
  });

  it('is another request when the key was kept with a change of another kind', () => {
    for (const to of ['ENROLLED', 'COMPLETED', 'DROPPED_OUT', 'REJECTED', 'WAITLISTED'])
      expect(sameWithdrawal({ enrolmentId: 'e1', to }, 'e1')).toBe(false);
  });
});
