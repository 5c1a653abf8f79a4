import type { ExecutionResult } from 'graphql';
import type { Policy } from '@cort/subgraph';
import { userCaller } from './callers';
import { policyOracle, refusalsIn } from './policy-oracle';

const policy: Policy = {
  service: 'probe',
  categories: { OFFER: { description: 'The offer.', personal: false } },
  personalTypes: [],
  rules: {
    'Query.offer': {
      data: 'OFFER',
      who: { COORDINATOR: 'their prisons' },
      allows: (caller, _parent, args) => caller.kind === 'user' && caller.prisons.includes(args.prisonId),
    },
  },
};
const oracle = policyOracle(policy);

describe('policyOracle', () => {
  it('reads what a rule decides, with its arguments, and what it refuses with', () => {
    expect(oracle.admits('Query.offer', userCaller(['COORDINATOR']), null, { prisonId: 'HAREN' })).toBe(true);
    expect(oracle.admits('Query.offer', userCaller(['COORDINATOR']), null, { prisonId: 'GENT' })).toBe(false);
    expect(oracle.admits('Query.unruled', userCaller(['COORDINATOR']))).toBe(false);
    expect(oracle.refusedAt('Query.offer', { kind: 'anonymous' }, 'offer')).toBe('UNAUTHENTICATED at offer');
    expect(oracle.refusedAt('Query.offer', userCaller(['ANALYST']), 'offer')).toBe('FORBIDDEN at offer');
  });
});

describe('refusalsIn', () => {
  const error = (code: string, path: (string | number)[]) => ({ message: 'no', path, extensions: { code } });

  it('says each refusal once, at the field names of its path, and null without errors', () => {
    const result = {
      data: null,
      errors: [
        error('FORBIDDEN', ['offer', 0, 'facilitators']),
        error('FORBIDDEN', ['offer', 1, 'facilitators']),
        error('NOT_FOUND', ['x']),
      ],
    } as unknown as ExecutionResult;
    expect(refusalsIn(result)).toBe('FORBIDDEN at offer.facilitators and NOT_FOUND at x');
    expect(refusalsIn({ data: { offer: null } })).toBeNull();
  });
});
