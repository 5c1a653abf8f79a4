import { identityFromClaims } from './identity';

describe('identityFromClaims', () => {
  const valid = { sub: 'person-1', roles: ['COORDINATOR'], prisons: ['HAREN', 'GENT'] };

  it('reads a user with their roles, prisons and organisation', () => {
    expect(identityFromClaims({ ...valid, organisationId: 'org-7', iss: 'x' })).toEqual({ ...valid, organisationId: 'org-7' });
  });

  it('removes duplicate roles and prisons', () => {
    expect(identityFromClaims({ ...valid, roles: ['ANALYST', 'ANALYST'], prisons: ['GENT', 'GENT'] })).toEqual({
      sub: 'person-1',
      roles: ['ANALYST'],
      prisons: ['GENT'],
    });
  });

  it.each([
    ['no subject', { ...valid, sub: undefined }],
    ['an empty subject', { ...valid, sub: '' }],
    ['an unknown role', { ...valid, roles: ['COORDINATOR', 'ADMIN'] }],
    ['no roles', { ...valid, roles: [] }],
    ['roles as a string', { ...valid, roles: 'COORDINATOR' }],
    ['no prisons array', { ...valid, prisons: undefined }],
    ['prisons as a string', { ...valid, prisons: 'HAREN' }],
    ['a malformed prison code', { ...valid, prisons: ['HAREN', 'GE NT'] }],
    ['a non-string organisation', { ...valid, organisationId: 42 }],
  ])('refuses %s', (_case, claims) => {
    expect(() => identityFromClaims(claims as Record<string, unknown>)).toThrow(/token/);
  });

  it('accepts an empty prisons array (a user with no prison sees nothing)', () => {
    expect(identityFromClaims({ ...valid, prisons: [] }).prisons).toEqual([]);
  });
});
