import { admits } from '@cort/subgraph';
import type { Role } from '@cort/auth';
import { policyCompleteness, unknownCategories, userCaller } from '@cort/testing';
import { participantsPolicy as policy } from '../src/policy';
import { buildSchema } from '../src/schema';

const user = (roles: Role[]) => userCaller(roles, { sub: 'p-1' });

describe('participants policy', () => {
  it('has a rule for every root field, every field carrying personal data and every reference', async () => {
    const schema = await buildSchema();
    expect(policyCompleteness(schema, policy)).toMatchObject({ unruled: [], stale: [] });
  });

  it('names a known category in every rule', () => {
    expect(unknownCategories(policy)).toEqual([]);
  });

  it('lists a prison’s participants to its coordinators and prison staff only', () => {
    const rule = policy.rules['Query.participants'];
    expect(admits(rule, user(['COORDINATOR']), null, { prisonId: 'HAREN' })).toBe(true);
    expect(admits(rule, user(['PRISON_STAFF']), null, { prisonId: 'HAREN' })).toBe(true);
    expect(admits(rule, user(['COORDINATOR']), null, { prisonId: 'GENT' })).toBe(false);
    for (const role of ['PARTNER_STAFF', 'VOLUNTEER', 'ANALYST'] as const)
      expect(admits(rule, user([role]), null, { prisonId: 'HAREN' })).toBe(false);
    expect(admits(rule, { kind: 'anonymous' }, null, { prisonId: 'HAREN' })).toBe(false);
  });

  it('shows each participant field from its view on, and nothing of a participant handed out without one', () => {
    const staff = user(['PARTNER_STAFF']);
    const volunteer = user(['VOLUNTEER']);
    expect(admits(policy.rules['Participant.detaineeNumber'], staff, { view: 'STAFF' })).toBe(true);
    expect(admits(policy.rules['Participant.detaineeNumber'], volunteer, { view: 'NAME' })).toBe(false);
    expect(admits(policy.rules['Participant.displayName'], volunteer, { view: 'NAME' })).toBe(true);
    expect(admits(policy.rules['Participant.legalStatus'], staff, { view: 'STAFF' })).toBe(false);
    expect(admits(policy.rules['Participant.legalStatus'], user(['COORDINATOR']), { view: 'FULL' })).toBe(true);
    expect(admits(policy.rules['Participant.displayName'], user(['COORDINATOR']), {})).toBe(false);
  });

  it('lets only the coordinators of the prison change participants and enrolments, or export', () => {
    for (const coordinate of ['Mutation.recordRelease', 'Mutation.requestEnrolment', 'Query.participantDataExport']) {
      expect(admits(policy.rules[coordinate], user(['POLICY_COORDINATOR']))).toBe(true);
      expect(admits(policy.rules[coordinate], user(['PRISON_STAFF']))).toBe(false);
      expect(admits(policy.rules[coordinate], user(['ANALYST']))).toBe(false);
    }
    const register = policy.rules['Mutation.registerParticipant'];
    expect(admits(register, user(['COORDINATOR']), null, { input: { prisonId: 'GENT' } })).toBe(false);
  });
});
