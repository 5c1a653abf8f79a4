import type { Caller, Role } from '@cort/auth';
import { hasRole } from '@cort/subgraph';

/** Register, change, release, transfer: the coordinators of the participant's prison. */
export const PARTICIPANT_MANAGERS: readonly Role[] = ['COORDINATOR', 'POLICY_COORDINATOR'];

/**
 * Who reads a participant's identity (name, detainee number): the coordinators of the prison, and its
 * prison staff, who bring people where they must be. Partner staff and volunteers see participants only
 * through their activities' enrolments (next issue). Deny by default.
 */
export const PARTICIPANT_READERS: readonly Role[] = [...PARTICIPANT_MANAGERS, 'PRISON_STAFF'];

export const canReadParticipantsOf = (caller: Caller, prisonId: string) =>
  caller.kind === 'user' && caller.prisons.includes(prisonId) && hasRole(caller, PARTICIPANT_READERS);

export const canManageParticipantsOf = (caller: Caller, prisonId: string) =>
  caller.kind === 'user' && caller.prisons.includes(prisonId) && hasRole(caller, PARTICIPANT_MANAGERS);
