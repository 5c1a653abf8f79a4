import type { Caller } from '@cort/auth';
import { hasRole } from '@cort/subgraph';

export const MANAGERS = ['COORDINATOR', 'POLICY_COORDINATOR'] as const;
export const PARTNER_READERS = ['COORDINATOR', 'POLICY_COORDINATOR', 'PRISON_STAFF', 'ANALYST', 'PARTNER_STAFF', 'VOLUNTEER'] as const;

const sharesPrison = (caller: Caller, prisonIds: string[]) => caller.kind === 'user' && caller.prisons.some((p) => prisonIds.includes(p));

/** Coordinators manage the organisations serving one of their prisons (and the people and clearances in them). */
export const canManage = (caller: Caller, organisationPrisonIds: string[]) =>
  caller.kind === 'user' && hasRole(caller, MANAGERS) && sharesPrison(caller, organisationPrisonIds);

/**
 * A person's details are personal data: visible to coordinators of a prison the organisation serves, to
 * partner staff of the same organisation, and to the person themself. Anyone else gets what an unknown
 * id gets.
 */
export function canSeePerson(caller: Caller, person: { id: string; organisationId: string }, organisationPrisonIds: string[]): boolean {
  if (caller.kind !== 'user') return false;
  if (caller.sub === person.id) return true;
  if (canManage(caller, organisationPrisonIds)) return true;
  return hasRole(caller, ['PARTNER_STAFF']) && caller.organisationId === person.organisationId;
}
