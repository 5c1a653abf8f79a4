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

/** What the participants service knows of an activity that decides who sees its people. */
export interface ActivityAudience {
  prisonId: string;
  organisationId: string;
  facilitatorIds: readonly string[];
}

/**
 * How much of a participant a caller sees: FULL (coordinators and prison staff of the prison), STAFF
 * (partner staff of the organisation running the activity they take part in: display name and detainee
 * number, to find them in the prison), NAME (a volunteer facilitating that activity: display name only),
 * or nothing. Field visibility: see PARTICIPANT_FIELD_VIEWS.
 */
export type ParticipantView = 'FULL' | 'STAFF' | 'NAME';

const RANK: Record<ParticipantView, number> = { NAME: 1, STAFF: 2, FULL: 3 };

export const includesView = (granted: ParticipantView, needed: ParticipantView) => RANK[granted] >= RANK[needed];

/** The partner-side view of an activity's participants, when the caller works on that activity. */
export function partnerViewOf(caller: Caller, activity: ActivityAudience): ParticipantView | null {
  if (caller.kind !== 'user' || !caller.prisons.includes(activity.prisonId)) return null;
  if (hasRole(caller, ['PARTNER_STAFF']) && caller.organisationId === activity.organisationId) return 'STAFF';
  // A volunteer's token subject is their person id, the id activities list as facilitators.
  if (hasRole(caller, ['VOLUNTEER']) && activity.facilitatorIds.includes(caller.sub)) return 'NAME';
  return null;
}

/** The view of a participant seen through an activity (an enrolment, a session's list), if any. */
export function participantViewThrough(
  caller: Caller,
  participantPrisonId: string,
  activity: ActivityAudience | null,
): ParticipantView | null {
  if (canReadParticipantsOf(caller, participantPrisonId)) return 'FULL';
  return activity ? partnerViewOf(caller, activity) : null;
}

/**
 * Who sees an activity's enrolments (statuses, waiting list, history): the readers of its prison and
 * the partner staff of the organisation running it. Volunteers see only who is expected at their sessions.
 */
export function canSeeEnrolmentsOf(caller: Caller, activity: ActivityAudience): boolean {
  return canReadParticipantsOf(caller, activity.prisonId) || partnerViewOf(caller, activity) === 'STAFF';
}
