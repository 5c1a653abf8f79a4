import fc from 'fast-check';
import { ROLES, type Caller, type Role } from '@cort/auth';

/** Every kind of caller a subgraph sees: users (any roles, prisons, organisation, person) mostly, the public, another service. */
export function callersOf(world: { prisons: readonly string[]; organisations: readonly string[]; subs: readonly string[] }) {
  const users: fc.Arbitrary<Caller> = fc
    .record({
      roles: fc.subarray([...ROLES], { minLength: 1 }),
      prisons: fc.subarray([...world.prisons]),
      organisationId: fc.option(fc.constantFrom(...world.organisations), { nil: undefined }),
      sub: fc.constantFrom(...world.subs),
    })
    .map((identity) => ({ kind: 'user' as const, ...identity }));
  return fc.oneof(
    { weight: 8, arbitrary: users },
    { weight: 1, arbitrary: fc.constant<Caller>({ kind: 'anonymous' }) },
    { weight: 1, arbitrary: fc.constant<Caller>({ kind: 'service', service: 'participants' }) },
  );
}

/** One signed-in user for a policy's example tests: assigned to HAREN unless told otherwise. */
export const userCaller = (
  roles: readonly Role[],
  { sub = 'someone', prisons = ['HAREN'], organisationId }: { sub?: string; prisons?: string[]; organisationId?: string } = {},
): Caller => ({ kind: 'user', sub, roles: [...roles], prisons, ...(organisationId ? { organisationId } : {}) });
