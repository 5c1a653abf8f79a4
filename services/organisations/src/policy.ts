import { ROLES, type Caller, type Role } from '@cort/auth';
import { hasRole, type Audience, type Policy, type Rule } from '@cort/subgraph';
import { MANAGERS } from './domain/access';

/**
 * Who may see and change what in the organisations service: every root field, every field of a person
 * or a clearance, the paths that lead to persons, and every reference, deny by default. Which
 * organisation's people a coordinator sees depends on the prisons it serves, loaded by the resolvers
 * with domain/access.ts (an unknown person and one you may not see answer the same); docs/ACCESS.md is
 * generated from this file.
 */

const toEverySignedIn = (scope: string) => Object.fromEntries(ROLES.map((role) => [role, scope])) as Record<Role, string>;
const everyone = (scope: string): Record<Audience, string> => ({ ANONYMOUS: scope, ...toEverySignedIn(scope) });

const coordinators = (scope: string) => ({ POLICY_COORDINATOR: scope, COORDINATOR: scope });

/** canSeePerson: coordinators of a prison the organisation serves, its own partner staff, the person themself. */
const PERSON_READERS = {
  ...coordinators('the staff and volunteers of the organisations serving their prisons'),
  PARTNER_STAFF: 'the staff and volunteers of their own organisation',
  VOLUNTEER: 'their own record',
  PRISON_STAFF: 'their own record, if they also work for a partner',
  ANALYST: 'their own record, if they also work for a partner',
} as const;

/** organisationToStaff: who adds and changes the people of an organisation. */
const STAFF_KEEPERS = {
  ...coordinators('add and change the staff and volunteers of the organisations serving their prisons'),
  PARTNER_STAFF: 'add and change the staff and volunteers of their own organisation',
} as const;

/**
 * The part of canSeePerson the person's own record decides: themself, a coordinator (whether the
 * organisation serves one of their prisons is checked where the person is loaded), or partner staff of
 * the same organisation.
 */
export function mayReadPersonRecord(caller: Caller, person: { id: string; organisationId: string }): boolean {
  if (caller.kind !== 'user') return false;
  if (caller.sub === person.id || hasRole(caller, MANAGERS)) return true;
  return hasRole(caller, ['PARTNER_STAFF']) && caller.organisationId === person.organisationId;
}

const personField = (data: string): Rule => ({
  data,
  who: PERSON_READERS,
  allows: (caller: Caller, person: { id: string; organisationId: string }) => mayReadPersonRecord(caller, person),
});
// Clearances are reached only through Person.clearances, decided with the person's record above.
const clearanceField: Rule = { data: 'CLEARANCES', who: PERSON_READERS };

export const organisationsPolicy: Policy = {
  service: 'organisations',
  categories: {
    ORGANISATIONS: {
      personal: false,
      description: 'Partner organisations: name, kind, domains, public contact details, the prisons they serve',
    },
    STAFF_IDENTITY: {
      personal: true,
      description: "Staff members' and volunteers' identity and contact data: names, role, languages, e-mail, organisation",
    },
    CLEARANCES: {
      personal: true,
      description: 'Security screening of staff and volunteers: prison access permits, training, charter, their validity',
    },
  },
  personalTypes: ['Person', 'Clearance'],
  rules: {
    'Query.organisations': {
      data: 'ORGANISATIONS',
      who: toEverySignedIn('the partners serving their prisons'),
      allows: (caller: Caller, _parent, args: { prisonId: string }) => caller.kind === 'user' && caller.prisons.includes(args.prisonId),
    },
    'Query.organisation': { data: 'ORGANISATIONS', who: toEverySignedIn('any partner organisation') },
    'Query.person': { data: 'STAFF_IDENTITY', who: PERSON_READERS },

    'Mutation.createOrganisation': {
      data: 'ORGANISATIONS',
      who: coordinators('add partners serving only their prisons'),
      allows: (caller: Caller, _parent, args: { input: { prisonIds: string[] } }) =>
        caller.kind === 'user' && args.input.prisonIds.every((prisonId) => caller.prisons.includes(prisonId)),
    },
    'Mutation.updateOrganisation': { data: 'ORGANISATIONS', who: coordinators('change the partners serving their prisons') },
    'Mutation.createPerson': {
      data: 'STAFF_IDENTITY',
      who: STAFF_KEEPERS,
      allows: (caller: Caller, _parent, args: { input: { organisationId: string } }) =>
        caller.kind === 'user' && (hasRole(caller, MANAGERS) || caller.organisationId === args.input.organisationId),
    },
    'Mutation.updatePerson': { data: 'STAFF_IDENTITY', who: STAFF_KEEPERS },
    'Mutation.recordClearance': {
      data: 'CLEARANCES',
      who: coordinators('record clearances of the staff and volunteers of the organisations serving their prisons'),
    },

    'Person.id': personField('STAFF_IDENTITY'),
    'Person.firstName': personField('STAFF_IDENTITY'),
    'Person.lastName': personField('STAFF_IDENTITY'),
    'Person.displayName': personField('STAFF_IDENTITY'),
    'Person.role': personField('STAFF_IDENTITY'),
    'Person.languages': personField('STAFF_IDENTITY'),
    'Person.email': personField('STAFF_IDENTITY'),
    'Person.organisation': personField('STAFF_IDENTITY'),
    'Person.clearances': personField('CLEARANCES'),
    'Person.datesWithoutPrisonAccess': personField('CLEARANCES'),

    'Clearance.id': clearanceField,
    'Clearance.kind': clearanceField,
    'Clearance.prison': clearanceField,
    'Clearance.validFrom': clearanceField,
    'Clearance.validUntil': clearanceField,
    'Clearance.recordedAt': clearanceField,

    // The paths that lead to persons: an organisation's people (filtered by canSeePerson) and payloads.
    'Organisation.people': { data: 'STAFF_IDENTITY', who: PERSON_READERS },
    'PersonPayload.person': { data: 'STAFF_IDENTITY', who: STAFF_KEEPERS },

    // The directory shows who organises an activity; the activities service checks facilitators as the
    // coordinator planning the activity, so persons follow person(id)'s rule.
    'Organisation.__resolveReference': { data: 'ORGANISATIONS', who: everyone('any partner organisation') },
    'Person.__resolveReference': { data: 'STAFF_IDENTITY', who: PERSON_READERS },
  },
};
