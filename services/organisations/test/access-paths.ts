import type { ExecutionResult } from 'graphql';
import type { Caller } from '@cort/auth';
import { policyOracle, refusalsIn } from '@cort/testing';
import { canSeePerson, organisationsPolicy } from '../src/policy';
import { organisationById, people, personById, prisonsOf } from './access-world';

/** What the organisations policy decides for a coordinate, and the refusal of it at a path. */
export const { admits: policyAdmits, refusedAt } = policyOracle(organisationsPolicy);

/** One personal field: its selection, and the coordinates it passes, each with the path it answers at. */
export interface PersonalField {
  selection: string;
  chain: { coordinate: string; path: string }[];
}
const personField = (name: string, selection = name): PersonalField => ({
  selection,
  chain: [{ coordinate: `Person.${name}`, path: name }],
});
const clearanceField = (name: string, selection = name): PersonalField => ({
  selection: `clearances { ${selection} }`,
  chain: [
    { coordinate: 'Person.clearances', path: 'clearances' },
    { coordinate: `Clearance.${name}`, path: `clearances.${name}` },
  ],
});

/** Every field of Person and of Clearance (reached through a person), each with a selection that answers. */
export const PERSONAL_FIELDS: PersonalField[] = [
  ...['id', 'firstName', 'lastName', 'displayName', 'role', 'languages', 'email'].map((name) => personField(name)),
  personField('organisation', 'organisation { id }'),
  personField('status'),
  personField('statusSince'),
  personField('expiringClearances', 'expiringClearances(withinDays: 60) { kind }'),
  personField('datesWithoutPrisonAccess', 'datesWithoutPrisonAccess(prisonId: "HAREN", dates: ["2030-01-01"])'),
  personField('onboarding', 'onboarding { step plannedOn doneOn }'),
  personField('volunteerHours', 'volunteerHours(prisonId: "HAREN", year: 2030) { facilitated recorded total }'),
  ...['id', 'kind', 'validFrom', 'validUntil', 'recordedAt', 'withdrawnFrom', 'grantedUntil'].map((name) => clearanceField(name)),
  clearanceField('prison', 'prison { id }'),
];

/**
 * The three ways to a person: person(id), a reference from another subgraph (the activities service's
 * facilitators) and an organisation's people. An outcome is where the answer stopped: '<code> at <path>',
 * 'no reference' (the entity resolved to null) or 'answered: <the seeded persons shown, by id>'.
 */
export type PersonPath = 'person' | 'reference' | 'people';

export function personalFieldOf(path: PersonPath, id: string, field: PersonalField) {
  const selection = `id ${field.selection}`;
  if (path === 'person') return { source: `query ($id: ID!) { person(id: $id) { ${selection} } }`, variables: { id } };
  if (path === 'people') return { source: `query ($id: ID!) { organisation(id: $id) { people { ${selection} } } }`, variables: { id } };
  return {
    source: `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Person { ${selection} } } }`,
    variables: { r: [{ __typename: 'Person', id }] },
  };
}

const visible = (caller: Caller, person: { id: string; organisationId: string }) =>
  canSeePerson(caller, person, prisonsOf(person.organisationId));

/** The first refusal along the field's coordinates (Person.id too, selected beside it) for the persons shown. */
function fieldRefusal(caller: Caller, shown: { id: string; organisationId: string }[], root: string, field: PersonalField) {
  for (const { coordinate, path } of [{ coordinate: 'Person.id', path: 'id' }, ...field.chain]) {
    if (shown.some((person) => !policyAdmits(coordinate, caller, person))) return refusedAt(coordinate, caller, `${root}.${path}`);
  }
  return null;
}

/** The oracle: the way in and the person's visibility (canSeePerson, as the resolvers use it), then the field's rules. */
export function expectedPersonalField(caller: Caller, path: PersonPath, id: string, field: PersonalField): string {
  if (path === 'people') {
    if (!policyAdmits('Query.organisation', caller)) return refusedAt('Query.organisation', caller, 'organisation');
    if (!organisationById.has(id)) return 'NOT_FOUND at organisation';
    if (!policyAdmits('Organisation.people', caller)) return refusedAt('Organisation.people', caller, 'organisation.people');
    const shown = people.filter((p) => p.organisationId === id && visible(caller, p));
    return fieldRefusal(caller, shown, 'organisation.people', field) ?? `answered: ${shown.map((p) => p.id).sort()}`;
  }
  const person = personById.get(id);
  const seen = !!person && visible(caller, person);
  if (path === 'person' && !policyAdmits('Query.person', caller)) return refusedAt('Query.person', caller, 'person');
  if (path === 'reference' && !(policyAdmits('Person.__resolveReference', caller, { id }) && seen)) return 'no reference';
  if (!seen) return 'NOT_FOUND at person';
  const root = path === 'person' ? 'person' : '_entities';
  return fieldRefusal(caller, [person], root, field) ?? `answered: ${id}`;
}

/** Where an answer stopped; every error of it must say the same. */
export function outcomeOf(result: ExecutionResult): string {
  const refused = refusalsIn(result);
  if (refused) return refused;
  const data = result.data as Record<string, any>;
  const shown: { id: string }[] | undefined = data.organisation?.people ?? (data.person ? [data.person] : data._entities?.filter(Boolean));
  if (!shown?.length && data._entities) return 'no reference';
  return `answered: ${shown!
    .map((p) => p.id)
    .filter((id) => personById.has(id))
    .sort()}`;
}
