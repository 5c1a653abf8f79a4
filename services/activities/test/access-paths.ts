import type { ExecutionResult } from 'graphql';
import type { Caller } from '@cort/auth';
import { policyOracle, refusalsIn } from '@cort/testing';
import { activitiesPolicy, canSeeActivity } from '../src/policy';
import { activityById } from './access-world';

/** What the activities policy decides for a coordinate, and the refusal of it at a path. */
export const { admits: policyAdmits, refusedAt } = policyOracle(activitiesPolicy);

/**
 * The two ways to an activity's facilitators: the activity itself, and a reference from another
 * subgraph (the participants service's roll call, the gateway's plan). An outcome is where the answer
 * stopped: '<code> at <path>' (refused there), 'no reference' (the entity resolved to null) or
 * 'answered: <ids>'.
 */
export type FacilitatorsPath = 'activity' | 'reference';

export const facilitatorsOf = (path: FacilitatorsPath, id: string) =>
  path === 'activity'
    ? { source: 'query ($id: ID!) { activity(id: $id) { id facilitators { id } } }', variables: { id } }
    : {
        source: 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Activity { id facilitators { id } } } }',
        variables: { r: [{ __typename: 'Activity', id }] },
      };

/** The oracle: the way in (root field or reference, then the activity's visibility), then the field's rules. */
export function expectedFacilitators(caller: Caller, path: FacilitatorsPath, id: string): string {
  const activity = activityById.get(id);
  const root = path === 'activity' ? 'activity' : '_entities';
  if (path === 'activity' && !policyAdmits('Query.activity', caller)) return refusedAt('Query.activity', caller, 'activity');
  const visible = !!activity && canSeeActivity(caller, activity);
  if (path === 'reference' && !(policyAdmits('Activity.__resolveReference', caller, { id }) && visible)) return 'no reference';
  if (!visible) return `NOT_FOUND at ${root}`;
  if (!policyAdmits('Activity.facilitators', caller, activity))
    return refusedAt('Activity.facilitators', caller, `${root}.facilitators`, activity);
  if (activity.facilitatorIds.length && !policyAdmits('Person.id', caller))
    return refusedAt('Person.id', caller, `${root}.facilitators.id`);
  return `answered: ${activity.facilitatorIds.join(',')}`;
}

/** Where an answer stopped; every error of it must say the same (one per facilitator refused). */
export function outcomeOf(result: ExecutionResult): string {
  const refused = refusalsIn(result);
  if (refused) return refused;
  const activity = (result.data?.activity ?? (result.data?._entities as unknown[] | undefined)?.[0]) as
    { facilitators: { id: string }[] | null } | null | undefined;
  if (!activity) return 'no reference';
  return `answered: ${(activity.facilitators ?? []).map((person) => person.id).join(',')}`;
}
