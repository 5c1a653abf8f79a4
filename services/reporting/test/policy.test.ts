import { admits } from '@cort/subgraph';
import type { Role } from '@cort/auth';
import { policyCompleteness, userCaller } from '@cort/testing';
import { reportingPolicy as policy } from '../src/policy';
import { buildSchema } from '../src/schema';

const user = (roles: Role[]) => userCaller(roles, { sub: 'p-1' });

describe('reporting policy', () => {
  it('has a rule for every root field, every field carrying personal data and every reference', async () => {
    const schema = await buildSchema();
    expect(policyCompleteness(schema, policy)).toEqual({ entities: ['Activity', 'ParticipantDataExport'], unruled: [], stale: [] });
  });

  it('gives a prison’s figures to its readers only', () => {
    const rule = policy.rules['Query.offerOverview'];
    expect(admits(rule, user(['ANALYST']), null, { prisonId: 'HAREN' })).toBe(true);
    expect(admits(rule, user(['ANALYST']), null, { prisonId: 'GENT' })).toBe(false);
    expect(admits(rule, user(['PARTNER_STAFF']), null, { prisonId: 'HAREN' })).toBe(false);
  });

  it('gives an activity’s evaluation figures to the report readers (its prison is decided where the projection is loaded)', () => {
    const rule = policy.rules['Activity.evaluationFigures'];
    expect(admits(rule, user(['COORDINATOR']))).toBe(true);
    expect(admits(rule, user(['ANALYST']))).toBe(true);
    expect(admits(rule, user(['PARTNER_STAFF']))).toBe(false);
    expect(admits(rule, user(['PRISON_STAFF']))).toBe(false);
  });

  it('hands a participant’s rows to the coordinators only, inside their export', () => {
    const rule = policy.rules['ParticipantDataExport.__resolveReference'];
    expect(admits(rule, user(['COORDINATOR']))).toBe(true);
    expect(admits(rule, user(['ANALYST']))).toBe(false);
  });
});
