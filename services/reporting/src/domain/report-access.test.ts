import type { Caller } from '@cort/auth';
import { GraphQLError } from 'graphql';
import { canReadReportsOf, requireReportReader } from './report-access';

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

  it('answers FORBIDDEN, never UNAUTHENTICATED, to those refused', () => {
    const codeOf = (caller: Caller) => {
      try {
        requireReportReader(caller, 'HAREN');
        return 'allowed';
      } catch (error) {
        return (error as GraphQLError).extensions.code;
      }
    };
    expect(codeOf(user(['COORDINATOR']))).toBe('allowed');
    expect(codeOf(user(['COORDINATOR'], ['GENT']))).toBe('FORBIDDEN');
    expect(codeOf(user(['PARTNER_STAFF']))).toBe('FORBIDDEN');
    expect(codeOf({ kind: 'anonymous' })).toBe('FORBIDDEN');
  });
});
