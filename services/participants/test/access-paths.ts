import { getNamedType, isObjectType, type ExecutionResult, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import type { Caller } from '@cort/auth';
import { canSeeEnrolmentsOf, participantViewThrough } from '../src/policy';
import { policyAdmits } from './access-property';
import { activityById, enrolments, participantById } from './access-world';

/**
 * The two paths on which partner staff and volunteers meet participants, each ending in one field of
 * Participant: a session's roll call and an activity's enrolments, both reached through `_entities` as the
 * gateway reaches them. An outcome is where the answer stopped: 'no reference' (the entity resolved to
 * null), '<code> at <path>' (refused there), 'nobody' (an empty list) or 'answered'.
 */

/** Every field of Participant, each with a selection that answers something. */
export function participantFields(schema: GraphQLSchema) {
  const participant = schema.getType('Participant') as GraphQLObjectType;
  return Object.values(participant.getFields())
    .filter((field) => !field.name.startsWith('_'))
    .map((field) => ({
      name: field.name,
      selection: isObjectType(getNamedType(field.type)) ? `${field.name} { __typename }` : field.name,
    }));
}

export const rollCallOf = (activityId: string, selection: string) => ({
  source: `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Session { expectedParticipants { ${selection} } } } }`,
  variables: { representations: [{ __typename: 'Session', id: `session-of-${activityId}`, activity: { id: activityId } }] },
});

export const enrolmentsOf = (activityId: string, selection: string) => ({
  source: `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Activity { enrolments { participant { ${selection} } } } } }`,
  variables: { representations: [{ __typename: 'Activity', id: activityId }] },
});

const refused = (path: string) => `FORBIDDEN at _entities.${path}`;

/** The oracle of a roll call: the session rules, then the view through the activity, then the field's rule. */
export function expectedRollCall(caller: Caller, activityId: string, field: string): string {
  const session = { id: `session-of-${activityId}`, activity: { id: activityId } };
  if (!policyAdmits('Session.__resolveReference', caller, session)) return 'no reference';
  if (!policyAdmits('Session.expectedParticipants', caller, session)) return refused('expectedParticipants');
  const activity = activityById.get(activityId);
  if (!activity) return 'nobody';
  const view = participantViewThrough(caller, activity.prisonId, activity);
  if (!view) return refused('expectedParticipants');
  return policyAdmits(`Participant.${field}`, caller, { view }) ? 'answered' : refused(`expectedParticipants.${field}`);
}

/** The oracle of an activity's enrolments: the activity rules, then each participant's view, then the field's rule. */
export function expectedThroughEnrolments(caller: Caller, activityId: string, field: string): string {
  if (!policyAdmits('Activity.__resolveReference', caller, { id: activityId })) return 'no reference';
  if (!policyAdmits('Activity.enrolments', caller, { id: activityId })) return refused('enrolments');
  const activity = activityById.get(activityId);
  if (!activity) return 'nobody';
  if (!canSeeEnrolmentsOf(caller, activity)) return refused('enrolments');
  const ofActivity = enrolments.filter((e) => e.activityId === activityId);
  if (!ofActivity.every((e) => policyAdmits('Enrolment.participant', caller, e))) return refused('enrolments.participant');
  const views = ofActivity.map((e) => participantViewThrough(caller, participantById.get(e.participantId)!.prisonId, activity));
  if (views.some((view) => !view)) return refused('enrolments.participant');
  const shown = views.every((view) => policyAdmits(`Participant.${field}`, caller, { view }));
  return shown ? 'answered' : refused(`enrolments.participant.${field}`);
}

/** Where an answer stopped; every error of it must say the same (one per participant refused). */
export function outcomeOf(result: ExecutionResult, list: 'expectedParticipants' | 'enrolments', field: string): string {
  if (result.errors?.length) {
    const where = result.errors.map((e) => `${e.extensions?.code} at ${(e.path ?? []).filter((p) => typeof p === 'string').join('.')}`);
    return [...new Set(where)].join(' and ');
  }
  const entity = (result.data?._entities as Record<string, any>[] | undefined)?.[0];
  if (!entity) return 'no reference';
  const items: Record<string, any>[] = entity[list];
  if (!items.length) return 'nobody';
  const participantsOf = list === 'enrolments' ? items.map((e) => e.participant) : items;
  return participantsOf.every((p) => field in p) ? 'answered' : `answered without ${field}`;
}
