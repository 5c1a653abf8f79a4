import type { Caller } from '@cort/auth';
import { activitiesPolicy, activityFilterFor, activityScope, canPlanIn, canSeeActivity, ownSessionsFilter, sessionScope } from './policy';

const user = (roles: string[], extra: Partial<Extract<Caller, { kind: 'user' }>> = {}): Caller =>
  ({ kind: 'user', sub: 'u1', roles, prisons: ['HAREN'], ...extra }) as Caller;
const draft = { prisonId: 'HAREN', organisationId: 'org-1', facilitatorIds: ['p-1'], status: 'DRAFT' };

const prisonRooms = () => activitiesPolicy.rules['Prison.locations'];

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

describe('the scope rules that loadForChange applies', () => {
  const gent = { ...draft, prisonId: 'GENT', status: 'PUBLISHED' };

  it('lets the coordinators of its prison change an activity, and tells a coordinator elsewhere why not', () => {
    expect(activityScope.changes!(user(['COORDINATOR']), draft)).toBe(true);
    expect(activityScope.sees(user(['COORDINATOR']), gent)).toBe(true);
    expect(activityScope.changes!(user(['COORDINATOR']), gent)).toBe('Only a coordinator of this prison can change the activity.');
  });

  it('shows a session exactly when its activity is, and lets the coordinators of its prison cancel it', () => {
    expect(sessionScope.sees({ kind: 'anonymous' }, { activity: draft })).toBe(false);
    expect(sessionScope.sees({ kind: 'anonymous' }, { activity: gent })).toBe(true);
    expect(sessionScope.changes!(user(['POLICY_COORDINATOR']), { activity: draft })).toBe(true);
    expect(sessionScope.changes!(user(['COORDINATOR']), { activity: gent })).toBe('Only a coordinator of this prison can cancel sessions.');
  });

  it("shows a prison's rooms to those who plan and staff its offer, in their prisons", () => {
    expect(prisonRooms().allows!(user(['VOLUNTEER']), { id: 'HAREN' }, {})).toBe(true);
    expect(prisonRooms().allows!(user(['ANALYST']), { id: 'GENT' }, {})).toBe('You are not assigned to prison GENT.');
    expect(Object.keys(prisonRooms().who).sort()).toEqual([
      'ANALYST',
      'COORDINATOR',
      'PARTNER_STAFF',
      'POLICY_COORDINATOR',
      'PRISON_STAFF',
      'VOLUNTEER',
    ]);
  });
});

describe('the reasons a refusal gives', () => {
  const { rules } = activitiesPolicy;
  const offer = (caller: Caller, prisonId: string) => rules['Query.activities'].allows!(caller, null, { prisonId });

  it('names the prison a caller is not assigned to, for the offer and for a new activity', () => {
    expect(offer(user(['ANALYST']), 'GENT')).toBe('You are not assigned to prison GENT.');
    expect(rules['Mutation.createActivity'].allows!(user(['COORDINATOR']), null, { input: { prisonId: 'GENT' } })).toBe(
      'You are not assigned to prison GENT.',
    );
  });

  it('says the same to a role without a part of the offer whatever the prison, so that prison codes reveal nothing', () => {
    expect(offer(user(['PARTNER_STAFF']), 'HAREN')).toBe('Your role does not show the offer of this prison.');
    expect(offer(user(['PARTNER_STAFF']), 'NOWHERE')).toBe('Your role does not show the offer of this prison.');
  });

  it('tells anyone else that the day view is for partner staff and volunteers', () => {
    expect(rules['Query.mySessionsToday'].allows!(user(['PARTNER_STAFF']), null, {})).toBe(
      'This is the day view of partner staff and volunteers.',
    );
  });
});
