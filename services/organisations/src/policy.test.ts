import type { Caller } from '@cort/auth';
import type { Organisation } from './generated/prisma/client';
import {
  canManage,
  canSeePerson,
  organisationChange,
  organisationsPolicy,
  ORGANISATION_STAFFING,
  PERSON,
  PERSON_CLEARANCES,
  type PersonOfOrganisation,
} from './policy';

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

describe('organisations scope rules', () => {
  const haren = { id: 'o1', prisonIds: ['HAREN'] } as Organisation;
  const harenAndGent = { id: 'o2', prisonIds: ['HAREN', 'GENT'] } as Organisation;
  const coordinator = user(['COORDINATOR']);

  it('lets a coordinator change an organisation of their prisons, and only the prisons they are assigned to', () => {
    expect(organisationChange().changes!(coordinator, haren)).toBe(true);
    expect(organisationChange(['HAREN']).changes!(coordinator, harenAndGent)).toBe('You are not assigned to prison GENT.');
    expect(organisationChange(['HAREN', 'BRUGGE', 'GENT']).changes!(coordinator, harenAndGent)).toBe(
      'You are not assigned to prison BRUGGE.',
    );
    expect(organisationChange(['HAREN', 'GENT']).changes!(coordinator, harenAndGent)).toBe(true);
    expect(organisationChange().changes!(user(['COORDINATOR'], { prisons: ['GENT'] }), haren)).toBe(
      'The organisation serves none of your prisons.',
    );
    expect(organisationChange().changes!(user(['PARTNER_STAFF'], { organisationId: 'o1' }), haren)).not.toBe(true);
  });

  it("lets an organisation's own partner staff and its coordinators keep its people, and no one else", () => {
    const sofie = { person: { id: 'p1', organisationId: 'o1' }, organisation: haren } as PersonOfOrganisation;
    expect(ORGANISATION_STAFFING.changes!(user(['PARTNER_STAFF'], { organisationId: 'o1' }), haren)).toBe(true);
    expect(ORGANISATION_STAFFING.changes!(user(['PARTNER_STAFF'], { organisationId: 'o2' }), haren)).toMatch(/organisationId/);
    expect(PERSON.changes!(coordinator, sofie)).toBe(true);
    expect(PERSON.changes!(user(['VOLUNTEER'], { sub: 'p1', organisationId: 'o1' }), sofie)).toMatch(/\(id\)/);
    expect(PERSON.sees(user(['VOLUNTEER'], { sub: 'p1' }), sofie)).toBe(true);
    expect(PERSON_CLEARANCES.changes!(user(['PARTNER_STAFF'], { organisationId: 'o1' }), sofie)).toBe(
      'Only a coordinator of a prison the organisation serves records clearances.',
    );
    expect(PERSON_CLEARANCES.changes!(coordinator, sofie)).toBe(true);
  });

  it('says which prisons a coordinator is not assigned to when they add a partner or a permit', () => {
    const create = organisationsPolicy.rules['Mutation.createOrganisation'].allows!;
    expect(create(coordinator, null, { input: { prisonIds: ['HAREN'] } })).toBe(true);
    expect(create(coordinator, null, { input: { prisonIds: ['HAREN', 'GENT', 'BRUGGE'] } })).toBe(
      'You are not assigned to prisons GENT, BRUGGE.',
    );
    const permit = organisationsPolicy.rules['Mutation.recordClearance'].allows!;
    expect(permit(coordinator, null, { input: { prisonId: 'GENT' } })).toBe('You are not assigned to prison GENT.');
    expect(permit(coordinator, null, { input: { prisonId: null } })).toBe(true);
  });
});
