import type { Caller } from '@cort/auth';
import { canManage, canSeePerson } from './access';

const user = (roles: string[], extra: object = {}): Caller => ({ kind: 'user', sub: 'u1', roles, prisons: ['HAREN'], ...extra }) as Caller;
const person = { id: 'p1', organisationId: 'o1' };

describe('organisations access', () => {
  it('lets coordinators manage organisations serving one of their prisons only', () => {
    expect(canManage(user(['COORDINATOR']), ['HAREN', 'GENT'])).toBe(true);
    expect(canManage(user(['COORDINATOR']), ['GENT'])).toBe(false);
    expect(canManage(user(['PARTNER_STAFF']), ['HAREN'])).toBe(false);
    expect(canManage({ kind: 'anonymous' }, ['HAREN'])).toBe(false);
  });

  it('shows a person to their coordinators, colleagues and themself only', () => {
    expect(canSeePerson(user(['POLICY_COORDINATOR']), person, ['HAREN'])).toBe(true);
    expect(canSeePerson(user(['PARTNER_STAFF'], { organisationId: 'o1' }), person, ['GENT'])).toBe(true);
    expect(canSeePerson(user(['VOLUNTEER'], { sub: 'p1' }), person, ['GENT'])).toBe(true);
    expect(canSeePerson(user(['PARTNER_STAFF'], { organisationId: 'o2' }), person, ['HAREN'])).toBe(false);
    expect(canSeePerson(user(['PRISON_STAFF']), person, ['HAREN'])).toBe(false);
    expect(canSeePerson({ kind: 'anonymous' }, person, ['HAREN'])).toBe(false);
  });
});
