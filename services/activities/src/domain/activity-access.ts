import type { Caller } from '@cort/auth';
import { hasRole } from '@cort/subgraph';
import { OFFER_READERS, PLANNERS } from '../shared/roles';

export interface ActivityScope {
  prisonId: string;
  organisationId: string;
  facilitatorIds: string[];
  status: string;
}

/**
 * Who sees which activities beyond the public offer: coordinators, prison staff and analysts see all of
 * their prisons'; partner staff only their organisation's; volunteers only those they facilitate.
 * Returns null when the caller sees none of the prison's unpublished offer.
 */
export function activityFilterFor(caller: Caller, prisonId: string): { organisationId?: string; facilitatorId?: string } | null {
  if (caller.kind !== 'user' || !caller.prisons.includes(prisonId)) return null;
  if (hasRole(caller, [...PLANNERS, ...OFFER_READERS])) return {};
  if (hasRole(caller, ['PARTNER_STAFF']) && caller.organisationId) return { organisationId: caller.organisationId };
  if (hasRole(caller, ['VOLUNTEER'])) return { facilitatorId: caller.sub };
  return null;
}

/** Published activities are public (the directory shows them); the rest follows activityFilterFor. */
export function canSeeActivity(caller: Caller, activity: ActivityScope): boolean {
  if (activity.status === 'PUBLISHED') return true;
  const filter = activityFilterFor(caller, activity.prisonId);
  if (!filter) return false;
  if (filter.organisationId && filter.organisationId !== activity.organisationId) return false;
  if (filter.facilitatorId && !activity.facilitatorIds.includes(filter.facilitatorId)) return false;
  return true;
}

/** Planning (create, edit, publish, schedule) is for coordinators of the activity's prison. */
export function canPlanIn(caller: Caller, prisonId: string): boolean {
  return caller.kind === 'user' && caller.prisons.includes(prisonId) && hasRole(caller, PLANNERS);
}

/**
 * The activities whose sessions are a partner's own, in their prisons: partner staff's organisation's,
 * and those a volunteer facilitates (a volunteer's token subject is their person id). Null when the
 * caller is neither: the mobile app's day view is theirs alone.
 */
export function ownSessionsFilter(caller: Caller): { prisonIds: string[]; organisationId?: string; facilitatorId?: string } | null {
  if (caller.kind !== 'user') return null;
  const staff = hasRole(caller, ['PARTNER_STAFF']) && caller.organisationId ? caller.organisationId : undefined;
  const volunteer = hasRole(caller, ['VOLUNTEER']) ? caller.sub : undefined;
  if (!staff && !volunteer) return null;
  return { prisonIds: caller.prisons, ...(staff ? { organisationId: staff } : {}), ...(volunteer ? { facilitatorId: volunteer } : {}) };
}
