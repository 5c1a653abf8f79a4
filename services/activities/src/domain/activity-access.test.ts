import type { Caller } from '@cort/auth';
import { activityFilterFor, canPlanIn, canSeeActivity, ownSessionsFilter } from './activity-access';

const user = (roles: string[], extra: Partial<Extract<Caller, { kind: 'user' }>> = {}): Caller =>
  ({ kind: 'user', sub: 'u1', roles, prisons: ['HAREN'], ...extra }) as Caller;
const draft = { prisonId: 'HAREN', organisationId: 'org-1', facilitatorIds: ['p-1'], status: 'DRAFT' };

describe('activity access', () => {
  it('lets anyone see a published activity, and no anonymous caller a draft', () => {
    expect(canSeeActivity({ kind: 'anonymous' }, { ...draft, status: 'PUBLISHED' })).toBe(true);
    expect(canSeeActivity({ kind: 'anonymous' }, draft)).toBe(false);
  });

  it('shows coordinators every activity of their prisons only', () => {
    expect(canSeeActivity(user(['COORDINATOR']), draft)).toBe(true);
    expect(canSeeActivity(user(['COORDINATOR'], { prisons: ['GENT'] }), draft)).toBe(false);
    expect(activityFilterFor(user(['ANALYST']), 'HAREN')).toEqual({});
  });

  it('limits partner staff to their organisation and volunteers to what they facilitate', () => {
    expect(canSeeActivity(user(['PARTNER_STAFF'], { organisationId: 'org-1' }), draft)).toBe(true);
    expect(canSeeActivity(user(['PARTNER_STAFF'], { organisationId: 'org-2' }), draft)).toBe(false);
    expect(canSeeActivity(user(['PARTNER_STAFF']), draft)).toBe(false);
    expect(canSeeActivity(user(['VOLUNTEER'], { sub: 'p-1' }), draft)).toBe(true);
    expect(canSeeActivity(user(['VOLUNTEER'], { sub: 'p-2' }), draft)).toBe(false);
  });

  it('lets only coordinators of the prison plan', () => {
    expect(canPlanIn(user(['POLICY_COORDINATOR']), 'HAREN')).toBe(true);
    expect(canPlanIn(user(['COORDINATOR']), 'GENT')).toBe(false);
    expect(canPlanIn(user(['PRISON_STAFF']), 'HAREN')).toBe(false);
    expect(canPlanIn({ kind: 'anonymous' }, 'HAREN')).toBe(false);
  });
});

describe('own sessions (the mobile day view)', () => {
  const caller = (roles: string[], extra: Record<string, unknown> = {}): Caller =>
    ({ kind: 'user', sub: 'person-1', roles, prisons: ['HAREN', 'GENT'], ...extra }) as Caller;

  it('gives partner staff their organisation in their prisons', () => {
    expect(ownSessionsFilter(caller(['PARTNER_STAFF'], { organisationId: 'org-1' }))).toEqual({
      prisonIds: ['HAREN', 'GENT'],
      organisationId: 'org-1',
    });
  });

  it('gives a volunteer the activities they facilitate, by their person id', () => {
    expect(ownSessionsFilter(caller(['VOLUNTEER']))).toEqual({ prisonIds: ['HAREN', 'GENT'], facilitatorId: 'person-1' });
  });

  it('is nobody else’s: coordinators, staff without an organisation, anonymous callers', () => {
    expect(ownSessionsFilter(caller(['COORDINATOR']))).toBeNull();
    expect(ownSessionsFilter(caller(['PARTNER_STAFF']))).toBeNull();
    expect(ownSessionsFilter({ kind: 'anonymous' })).toBeNull();
  });
});
