import { getNamedType, isObjectType, type ExecutionResult, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import type { Caller } from '@cort/auth';
import { policyOracle, refusalsIn } from '@cort/testing';
import { canSeeEnrolmentsOf, participantsPolicy, participantViewThrough } from '../src/policy';
import { activityById, enrolments, participantById } from './access-world';

/** What the participants policy decides for a coordinate, before any object is looked at. */
export const { admits: policyAdmits, refusedAt } = policyOracle(participantsPolicy);

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
  const refused = refusalsIn(result);
  if (refused) return refused;
  const entity = (result.data?._entities as Record<string, any>[] | undefined)?.[0];
  if (!entity) return 'no reference';
  const items: Record<string, any>[] = entity[list];
  if (!items.length) return 'nobody';
  const participantsOf = list === 'enrolments' ? items.map((e) => e.participant) : items;
  return participantsOf.every((p) => field in p) ? 'answered' : `answered without ${field}`;
}

/**
 * What a run asks of each entry of a session's roll call (`Session.rollCall`): one field of its
 * participant ('participant.<field>'), whether they are expected elsewhere, or their mark.
 */
export const rollCallParts = (schema: GraphQLSchema) => [
  ...participantFields(schema).map((field) => ({ part: `participant.${field.name}`, selection: `participant { ${field.selection} }` })),
  { part: 'expectedElsewhere', selection: 'expectedElsewhere' },
  { part: 'mark', selection: `mark { ${MARK_FIELDS.join(' ')} }` },
];
const MARK_FIELDS = ['code', 'absenceReason', 'note', 'recordedAt'];

export const sessionRollCallOf = (activityId: string, selection: string) => ({
  source: `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Session { rollCall { ${selection} } } } }`,
  variables: { representations: [{ __typename: 'Session', id: `session-of-${activityId}`, activity: { id: activityId } }] },
});

/**
 * The oracle of `Session.rollCall`: the session's rules, the view through its activity (who runs it, or
 * the readers of its prison), then the entry's field and, for a participant, the field's view.
 */
export function expectedSessionRollCall(caller: Caller, activityId: string, part: string): string {
  const session = { id: `session-of-${activityId}`, activity: { id: activityId } };
  if (!policyAdmits('Session.__resolveReference', caller, session)) return 'no reference';
  if (!policyAdmits('Session.rollCall', caller, session)) return refusedAt('Session.rollCall', caller, '_entities.rollCall', session);
  const activity = activityById.get(activityId);
  if (!activity) return 'nobody';
  const view = participantViewThrough(caller, activity.prisonId, activity);
  if (!view) return refused('rollCall');
  const [field, participantField] = part.split('.');
  if (!policyAdmits(`RollCallEntry.${field}`, caller)) return refusedAt(`RollCallEntry.${field}`, caller, `_entities.rollCall.${field}`);
  if (participantField && !policyAdmits(`Participant.${participantField}`, caller, { view }))
    return refusedAt(`Participant.${participantField}`, caller, `_entities.rollCall.${part}`, { view });
  const markField = field === 'mark' && MARK_FIELDS.find((name) => !policyAdmits(`AttendanceMark.${name}`, caller));
  if (markField) return refusedAt(`AttendanceMark.${markField}`, caller, `_entities.rollCall.mark.${markField}`);
  return 'answered';
}

/** Where a roll call's answer stopped; 'answered' only when every entry shows the part (the seeded mark included). */
export function rollCallOutcomeOf(result: ExecutionResult, part: string): string {
  const refused = refusalsIn(result);
  if (refused) return refused;
  const entity = (result.data?._entities as Record<string, any>[] | undefined)?.[0];
  if (!entity) return 'no reference';
  const entries: Record<string, any>[] = entity.rollCall;
  if (!entries.length) return 'nobody';
  const [field, participantField] = part.split('.');
  const shown = entries.every((entry) =>
    participantField ? participantField in entry.participant : field === 'mark' ? entry.mark !== null : field in entry,
  );
  return shown ? 'answered' : `answered without ${part}`;
}
