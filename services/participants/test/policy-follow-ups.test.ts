import { admits, refusal } from '@cort/subgraph';
import type { Role } from '@cort/auth';
import { userCaller } from '@cort/testing';
import { followUpScope, participantsAuditSubjects, participantsPolicy as policy } from '../src/policy';

const user = (roles: Role[], prisons = ['HAREN']) => userCaller(roles, { sub: 'p-1', prisons });
const followUp = { prisonId: 'HAREN', participantId: 'participant-1' };

// Dropout follow-ups, their conversations, reasons and outcomes: the coordinators of the prison only.
describe('participants policy: dropout follow-ups', () => {
  it('lists a prison’s follow-ups to its coordinators and policy coordinators only', () => {
    const rule = policy.rules['Query.dropoutFollowUps'];
    expect(admits(rule, user(['COORDINATOR']), null, { prisonId: 'HAREN' })).toBe(true);
    expect(admits(rule, user(['POLICY_COORDINATOR']), null, { prisonId: 'HAREN' })).toBe(true);
    expect(admits(rule, user(['COORDINATOR'], ['GENT']), null, { prisonId: 'HAREN' })).toBe(false);
    expect(refusal(rule, user(['COORDINATOR'], ['GENT']), null, { prisonId: 'HAREN' }).message).toBe(
      'You are not assigned to prison HAREN.',
    );
    for (const role of ['PARTNER_STAFF', 'VOLUNTEER', 'PRISON_STAFF', 'ANALYST'] as const) {
      expect(admits(rule, user([role]), null, { prisonId: 'HAREN' })).toBe(false);
      expect(refusal(rule, user([role]), null, { prisonId: 'HAREN' }).extensions.code).toBe('FORBIDDEN');
    }
  });

  it('shows every field of a follow-up and its conversation to the coordinators of its prison only, whatever path led there', () => {
    const coordinates = Object.keys(policy.rules).filter((c) => c.startsWith('DropoutFollowUp.') || c.startsWith('FollowUpConversation.'));
    expect(coordinates).toEqual(
      expect.arrayContaining(['FollowUpConversation.reasons', 'FollowUpConversation.note', 'DropoutFollowUp.conversation']),
    );
    for (const coordinate of coordinates) {
      const rule = policy.rules[coordinate];
      expect(policy.categories[rule.data]).toMatchObject({ personal: true });
      expect(admits(rule, user(['COORDINATOR']), followUp)).toBe(true);
      expect(admits(rule, user(['COORDINATOR'], ['GENT']), followUp)).toBe(false);
      for (const role of ['PARTNER_STAFF', 'VOLUNTEER', 'PRISON_STAFF', 'ANALYST'] as const)
        expect(admits(rule, user([role]), followUp)).toBe(false);
    }
  });

  it('lets only the coordinators of the prison see or change a follow-up', () => {
    expect(followUpScope.sees(user(['COORDINATOR']), followUp as never)).toBe(true);
    expect(followUpScope.sees(user(['PRISON_STAFF']), followUp as never)).toBe(false);
    expect(followUpScope.sees(user(['PARTNER_STAFF']), followUp as never)).toBe(false);
    expect(followUpScope.changes!(user(['POLICY_COORDINATOR']), followUp as never)).toBe(true);
    expect(admits(policy.rules['Mutation.recordFollowUpConversation'], user(['VOLUNTEER']))).toBe(false);
  });

  it('audits a follow-up and its conversation under the participant they are about', () => {
    expect(participantsAuditSubjects.DropoutFollowUp(followUp)).toBe('participant-1');
    expect(participantsAuditSubjects.FollowUpConversation(followUp)).toBe('participant-1');
  });
});
