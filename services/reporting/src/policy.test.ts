import type { Caller } from '@cort/auth';
import { admits, refusal } from '@cort/subgraph';
import { canReadReportsOf, readsAttendanceOf, reportingPolicy } from './policy';

const user = (roles: string[], prisons = ['HAREN']): Caller => ({ kind: 'user', sub: 'u', roles, prisons }) as Caller;

describe('report access', () => {
  it('lets coordinators, policy coordinators and analysts of the prison read its figures', () => {
    for (const role of ['COORDINATOR', 'POLICY_COORDINATOR', 'ANALYST']) expect(canReadReportsOf(user([role]), 'HAREN')).toBe(true);
    expect(canReadReportsOf(user(['PARTNER_STAFF', 'ANALYST']), 'HAREN')).toBe(true);
  });

  it('refuses them for another prison', () => {
    expect(canReadReportsOf(user(['ANALYST'], ['GENT']), 'HAREN')).toBe(false);
  });

  it('refuses every other role, services and anonymous callers', () => {
    for (const role of ['PARTNER_STAFF', 'VOLUNTEER', 'PRISON_STAFF']) expect(canReadReportsOf(user([role]), 'HAREN')).toBe(false);
    expect(canReadReportsOf({ kind: 'anonymous' }, 'HAREN')).toBe(false);
    expect(canReadReportsOf({ kind: 'service', service: 'participants' }, 'HAREN')).toBe(false);
  });

  it('answers FORBIDDEN to signed-in users refused, saying what they lack', () => {
    const rule = reportingPolicy.rules['Query.offerOverview'];
    const answerTo = (caller: Caller) => {
      if (canReadReportsOf(caller, 'HAREN')) return 'allowed';
      const error = refusal(rule, caller, null, { prisonId: 'HAREN' });
      return `${String(error.extensions.code)}: ${error.message}`;
    };
    expect(answerTo(user(['COORDINATOR']))).toBe('allowed');
    expect(answerTo(user(['COORDINATOR'], ['GENT']))).toBe('FORBIDDEN: You are not assigned to prison HAREN.');
    expect(answerTo(user(['PARTNER_STAFF']))).toBe('FORBIDDEN: This needs one of the roles COORDINATOR, POLICY_COORDINATOR, ANALYST.');
    // A report is never public: the policy asks anonymous callers to sign in before anything else.
    expect(answerTo({ kind: 'anonymous' })).toBe('UNAUTHENTICATED: Sign in to see this.');
  });
});

describe('attendance access', () => {
  const activity = { prisonId: 'HAREN', organisationId: 'o1' };
  const staff = (organisationId?: string, prisons = ['HAREN']): Caller =>
    ({ kind: 'user', sub: 'u', roles: ['PARTNER_STAFF'], prisons, ...(organisationId ? { organisationId } : {}) }) as Caller;

  it("lets the coordinators of the activity's prison and its organisation's partner staff in that prison read it", () => {
    for (const role of ['COORDINATOR', 'POLICY_COORDINATOR']) expect(readsAttendanceOf(user([role]), activity)).toBe(true);
    expect(readsAttendanceOf(staff('o1'), activity)).toBe(true);
  });

  it('refuses another prison, another organisation, an activity whose organisation is not known yet, and other roles', () => {
    expect(readsAttendanceOf(user(['COORDINATOR'], ['GENT']), activity)).toBe(false);
    expect(readsAttendanceOf(staff('o2'), activity)).toBe(false);
    expect(readsAttendanceOf(staff(), activity)).toBe(false);
    expect(readsAttendanceOf(staff('o1', ['GENT']), activity)).toBe(false);
    expect(readsAttendanceOf(staff('o1'), { prisonId: 'HAREN', organisationId: null })).toBe(false);
    for (const role of ['ANALYST', 'PRISON_STAFF', 'VOLUNTEER']) expect(readsAttendanceOf(user([role]), activity)).toBe(false);
    expect(readsAttendanceOf({ kind: 'anonymous' }, activity)).toBe(false);
    expect(readsAttendanceOf({ kind: 'service', service: 'participants' }, activity)).toBe(false);
  });

  it('admits at the root field only the roles that may read some activity’s attendance', () => {
    const rule = reportingPolicy.rules['Query.activityAttendance'];
    for (const role of ['COORDINATOR', 'POLICY_COORDINATOR', 'PARTNER_STAFF']) expect(admits(rule, user([role]))).toBe(true);
    for (const role of ['ANALYST', 'PRISON_STAFF', 'VOLUNTEER']) expect(admits(rule, user([role]))).toBe(false);
  });
});
