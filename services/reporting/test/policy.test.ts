import { admits, resolvableEntities, staleRules, unruledCoordinates } from '@cort/subgraph';
import type { Caller } from '@cort/auth';
import { reportingPolicy as policy } from '../src/policy';
import { buildSchema } from '../src/schema';

const user = (roles: string[], prisons = ['HAREN']) => ({ kind: 'user', sub: 'p-1', roles, prisons }) as Caller;

describe('reporting policy', () => {
  it('has a rule for every root field, every field carrying personal data and every reference', async () => {
    const schema = await buildSchema();
    expect(resolvableEntities(schema)).toEqual(['ParticipantDataExport']);
    expect(unruledCoordinates(schema, policy)).toEqual([]);
    expect(staleRules(schema, policy)).toEqual([]);
  });

  it('gives a prison’s figures to its readers only', () => {
    const rule = policy.rules['Query.offerOverview'];
    expect(admits(rule, user(['ANALYST']), null, { prisonId: 'HAREN' })).toBe(true);
    expect(admits(rule, user(['ANALYST']), null, { prisonId: 'GENT' })).toBe(false);
    expect(admits(rule, user(['PARTNER_STAFF']), null, { prisonId: 'HAREN' })).toBe(false);
  });

  it('hands a participant’s rows to the coordinators only, inside their export', () => {
    const rule = policy.rules['ParticipantDataExport.__resolveReference'];
    expect(admits(rule, user(['COORDINATOR']))).toBe(true);
    expect(admits(rule, user(['ANALYST']))).toBe(false);
  });
});
