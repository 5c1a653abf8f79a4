import fc from 'fast-check';
import type { Caller } from '@cort/auth';
import { hasRole } from '@cort/subgraph';
import { missingIds, placeForTheRun } from '@cort/testing';
import { organisations, prisonsOf } from './access-world';

// What the mutation properties of the organisations service act on, and the clauses of its oracles
// beside the policy's rules and canManage / canSeePerson.

/** Every signed-in user may read any organisation: refusing a change of one may say FORBIDDEN, not NOT_FOUND. */
export const organisationHiddenFrom = (caller: Caller) => caller.kind !== 'user';
/** organisationToStaff's own clause beside canManage: partner staff keep the people of their organisation. */
export const ownStaff = (caller: Caller, organisationId: string) =>
  caller.kind === 'user' && hasRole(caller, ['PARTNER_STAFF']) && caller.organisationId === organisationId;

/** A person made for the run in a seeded organisation, or an id that does not exist. */
export const personForTheRun = fc.record({
  organisationId: placeForTheRun(organisations.map((o) => o.id)),
  missingId: missingIds,
  permitPrison: fc.option(fc.nat({ max: 1 }), { nil: null }),
});
export type PersonForTheRun = { organisationId: string | null; missingId: string; permitPrison: number | null };
export const personOf = (made: PersonForTheRun) => ({ id: 'made for the run', organisationId: made.organisationId ?? '' });
/** A PRISON_ACCESS permit for one of the organisation's prisons, or a training (no prison). */
export const clearancePrison = (made: PersonForTheRun) =>
  made.permitPrison === null ? null : (prisonsOf(made.organisationId ?? '')[made.permitPrison] ?? null);
