import type { Caller } from '@cort/auth';
import { canManageParticipantsOf, canReadParticipantsOf } from './participant-access';

const user = (roles: string[], prisons = ['HAREN']): Caller => ({ kind: 'user', sub: 'u', roles, prisons }) as Caller;

describe('participant access', () => {
  it('lets coordinators of the prison read and manage', () => {
    expect(canReadParticipantsOf(user(['COORDINATOR']), 'HAREN')).toBe(true);
    expect(canManageParticipantsOf(user(['POLICY_COORDINATOR']), 'HAREN')).toBe(true);
    expect(canManageParticipantsOf(user(['COORDINATOR'], ['GENT']), 'HAREN')).toBe(false);
  });

  it('lets prison staff read but not manage', () => {
    expect(canReadParticipantsOf(user(['PRISON_STAFF']), 'HAREN')).toBe(true);
    expect(canManageParticipantsOf(user(['PRISON_STAFF']), 'HAREN')).toBe(false);
  });

  it('denies everyone else', () => {
    for (const role of ['PARTNER_STAFF', 'VOLUNTEER', 'ANALYST']) expect(canReadParticipantsOf(user([role]), 'HAREN')).toBe(false);
    expect(canReadParticipantsOf({ kind: 'anonymous' }, 'HAREN')).toBe(false);
    expect(canReadParticipantsOf({ kind: 'service', service: 'reporting' }, 'HAREN')).toBe(false);
  });
});
