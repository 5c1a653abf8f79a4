import type { Caller } from '@cort/auth';
import {
  canManageParticipantsOf,
  canReadParticipantsOf,
  canSeeEnrolmentsOf,
  includesView,
  partnerViewOf,
  participantViewThrough,
} from './policy';

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

describe('seeing participants through an activity', () => {
  const activity = { prisonId: 'HAREN', organisationId: 'org-1', facilitatorIds: ['person-7'] };
  const partner = (roles: string[], extra: Record<string, unknown> = {}, prisons = ['HAREN']): Caller =>
    ({ kind: 'user', sub: 'person-1', roles, prisons, ...extra }) as Caller;

  it('gives coordinators and prison staff the full view, with or without an activity', () => {
    expect(participantViewThrough(user(['COORDINATOR']), 'HAREN', null)).toBe('FULL');
    expect(participantViewThrough(user(['PRISON_STAFF']), 'HAREN', activity)).toBe('FULL');
  });

  it('gives partner staff of the running organisation name and number, and their enrolments', () => {
    const staff = partner(['PARTNER_STAFF'], { organisationId: 'org-1' });
    expect(participantViewThrough(staff, 'HAREN', activity)).toBe('STAFF');
    expect(canSeeEnrolmentsOf(staff, activity)).toBe(true);
    expect(participantViewThrough(staff, 'HAREN', null)).toBeNull();
  });

  it('gives a facilitating volunteer the display name only, and no enrolments', () => {
    const volunteer = { ...partner(['VOLUNTEER'], { organisationId: 'org-1' }), sub: 'person-7' } as Caller;
    expect(participantViewThrough(volunteer, 'HAREN', activity)).toBe('NAME');
    expect(canSeeEnrolmentsOf(volunteer, activity)).toBe(false);
  });

  it('denies partner staff of another organisation, volunteers who do not facilitate, and other prisons', () => {
    expect(partnerViewOf(partner(['PARTNER_STAFF'], { organisationId: 'org-2' }), activity)).toBeNull();
    expect(partnerViewOf(partner(['VOLUNTEER'], { organisationId: 'org-1' }), activity)).toBeNull();
    expect(partnerViewOf(partner(['PARTNER_STAFF'], { organisationId: 'org-1' }, ['GENT']), activity)).toBeNull();
    expect(partnerViewOf(partner(['ANALYST']), activity)).toBeNull();
    expect(partnerViewOf({ kind: 'anonymous' }, activity)).toBeNull();
  });

  it('ranks the views', () => {
    expect(includesView('FULL', 'STAFF')).toBe(true);
    expect(includesView('STAFF', 'NAME')).toBe(true);
    expect(includesView('NAME', 'STAFF')).toBe(false);
  });
});
