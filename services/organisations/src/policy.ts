import { COORDINATORS, OFFER_READERS, POLICY_LEADERS, ROLES, type Caller, type Role } from '@cort/auth';
import { hasRole, inPrisonAs, type Audience, type Policy, type Rule, type ScopeRule, type Verdict } from '@cort/subgraph';
import type { Clearance, CortMembership, Organisation, Person } from './generated/prisma/client';

/**
 * Who may see and change what in the organisations service: every root field, every field of a person
 * or a clearance, the paths that lead to persons, and every reference, deny by default; and the scope
 * rules the services apply where they load an organisation or a person (an unknown person and one you
 * may not see answer the same). The only place a role, prison or organisation decision is written here;
 * docs/ACCESS.md is generated from this file.
 */

// --- The decisions -----------------------------------------------------------------------------------

const sharesPrison = (caller: Caller, prisonIds: readonly string[]) =>
  caller.kind === 'user' && caller.prisons.some((prisonId) => prisonIds.includes(prisonId));

/** Coordinators manage the organisations serving one of their prisons (and the people and clearances in them). */
export const canManage = (caller: Caller, organisationPrisonIds: readonly string[]) =>
  caller.kind === 'user' && hasRole(caller, COORDINATORS) && sharesPrison(caller, organisationPrisonIds);

/** Partner staff speak for their own organisation: they keep its people's details. */
const isStaffOf = (caller: Caller, organisationId: string) =>
  caller.kind === 'user' && hasRole(caller, ['PARTNER_STAFF']) && caller.organisationId === organisationId;

/**
 * A person's details are personal data: visible to coordinators of a prison the organisation serves, to
 * partner staff of the same organisation, and to the person themself. Anyone else gets what an unknown
 * id gets.
 */
export function canSeePerson(caller: Caller, person: { id: string; organisationId: string }, organisationPrisonIds: readonly string[]) {
  if (caller.kind !== 'user') return false;
  if (caller.sub === person.id) return true;
  return canManage(caller, organisationPrisonIds) || isStaffOf(caller, person.organisationId);
}

/**
 * The part of canSeePerson the person's own record decides: themself, a coordinator (whether the
 * organisation serves one of their prisons is checked where the person is loaded), or partner staff of
 * the same organisation.
 */
function mayReadPersonRecord(caller: Caller, person: { id: string; organisationId: string }): boolean {
  if (caller.kind !== 'user') return false;
  return caller.sub === person.id || hasRole(caller, COORDINATORS) || isStaffOf(caller, person.organisationId);
}

/** Who reads a prison's CORT and policy team: its coordinators, prison staff and partner staff. */
const CORT_READERS: readonly Role[] = [...COORDINATORS, 'PRISON_STAFF', 'PARTNER_STAFF'];

/**
 * A CORT member's name and organisation are part of the function they hold: the readers of that prison's
 * CORT see them (CortMember.person marks the person it hands out with the prison).
 */
const seenAsCortMember = (caller: Caller, person: { seenAsCortMemberOf?: string }) =>
  !!person.seenAsCortMemberOf && inPrisonAs(caller, person.seenAsCortMemberOf, CORT_READERS) === true;

/** Whether the caller is assigned to each of the prisons; when not, the ones they are not assigned to. */
function assignedToEach(caller: Caller, prisonIds: readonly string[]): Verdict {
  const outside = [...new Set(prisonIds)].filter((prisonId) => caller.kind !== 'user' || !caller.prisons.includes(prisonId));
  if (!outside.length) return true;
  return outside.length === 1 ? `You are not assigned to prison ${outside[0]}.` : `You are not assigned to prisons ${outside.join(', ')}.`;
}

// --- Scope rules: applied where an organisation or a person is loaded (loadForChange, findVisible) ----

/** Organisation names are public (the directory shows who organises an activity): the policy's rules decide who reaches one. */
const seenByWhoeverReachesIt = () => true;

/** An organisation, to read it: whoever the rules let reach it. */
export const ORGANISATION: ScopeRule<Organisation> = { what: 'Organisation', sees: seenByWhoeverReachesIt };

/**
 * An organisation, to change it: a coordinator of a prison it serves, who changes only the prisons they
 * are assigned to (those added or removed, given the prisons it is to serve; the others stay as they are).
 */
export const organisationChange = (nextPrisonIds?: readonly string[] | null): ScopeRule<Organisation> => ({
  what: 'Organisation',
  sees: seenByWhoeverReachesIt,
  changes(caller, organisation) {
    if (!canManage(caller, organisation.prisonIds)) return 'The organisation serves none of your prisons.';
    if (!nextPrisonIds) return true;
    const current = organisation.prisonIds;
    return assignedToEach(caller, [
      ...nextPrisonIds.filter((prisonId) => !current.includes(prisonId)),
      ...current.filter((prisonId) => !nextPrisonIds.includes(prisonId)),
    ]);
  },
});

/**
 * An organisation, to record an agreement of it: a coordinator of a prison it serves, assigned to each
 * prison the agreement covers (those named, or all the organisation serves when none is named).
 */
export const agreementChange = (prisonIds: readonly string[]): ScopeRule<Organisation> => ({
  what: 'Organisation',
  sees: seenByWhoeverReachesIt,
  changes: (caller, organisation) =>
    !canManage(caller, organisation.prisonIds)
      ? 'The organisation serves none of your prisons.'
      : assignedToEach(caller, prisonIds.length ? prisonIds : organisation.prisonIds),
});

/** An organisation, to add people to it: the coordinators of a prison it serves, and its own partner staff. */
export const ORGANISATION_STAFFING: ScopeRule<Organisation> = {
  what: 'Organisation',
  sees: seenByWhoeverReachesIt,
  changes: (caller, organisation) =>
    canManage(caller, organisation.prisonIds) ||
    isStaffOf(caller, organisation.id) ||
    'You cannot change the people of this organisation (organisationId).',
};

/** A person with the organisation they work for: whether they are seen depends on the prisons it serves. */
export interface PersonOfOrganisation {
  person: Person;
  organisation: Organisation;
}

const seesPerson = (caller: Caller, { person, organisation }: PersonOfOrganisation) => canSeePerson(caller, person, organisation.prisonIds);

/** A person, to read or change their details: the same keepers as their organisation's people. */
export const PERSON: ScopeRule<PersonOfOrganisation> = {
  what: 'Person',
  sees: seesPerson,
  changes: (caller, { organisation }) =>
    canManage(caller, organisation.prisonIds) ||
    isStaffOf(caller, organisation.id) ||
    'You cannot change the people of this organisation (id).',
};

/** A person, to record a clearance of theirs: only a coordinator of a prison their organisation serves. */
export const PERSON_CLEARANCES: ScopeRule<PersonOfOrganisation> = {
  what: 'Person',
  sees: seesPerson,
  changes: (caller, { organisation }) =>
    canManage(caller, organisation.prisonIds) || 'Only a coordinator of a prison the organisation serves records clearances.',
};

/** A clearance with its person: withdrawn by a coordinator of a prison the organisation serves, and of the permit's own prison. */
export interface ClearanceOfPerson extends PersonOfOrganisation {
  clearance: Clearance;
}

export const CLEARANCE_WITHDRAWAL: ScopeRule<ClearanceOfPerson> = {
  what: 'Clearance',
  sees: seesPerson,
  changes: (caller, { organisation, clearance }) =>
    (canManage(caller, organisation.prisonIds) &&
      (clearance.prisonId === null || inPrisonAs(caller, clearance.prisonId, COORDINATORS) === true)) ||
    "Only a coordinator of the permit's prison, serving the person's organisation, withdraws a clearance.",
};

/** A CORT membership, to end it: seen by the readers of its prison's CORT, changed by the prison's policy coordinator only. */
export const CORT_MEMBERSHIP: ScopeRule<CortMembership> = {
  what: 'CortMember',
  sees: (caller, membership) => inPrisonAs(caller, membership.prisonId, CORT_READERS) === true,
  changes: (caller, membership) => inPrisonAs(caller, membership.prisonId, POLICY_LEADERS),
};

/** Who reads a prison's action plans: those who read its offer, and partner staff (who move their organisation's actions). */
const PLAN_READERS: readonly Role[] = [...OFFER_READERS, 'PARTNER_STAFF'];

/** An action plan or a goal, to add to it: seen by the readers of the prison's plans, changed by its policy coordinator only. */
export const actionPlanScope = <T extends { prisonId: string }>(what: 'ActionPlan' | 'Goal'): ScopeRule<T> => ({
  what,
  sees: (caller, plan) => inPrisonAs(caller, plan.prisonId, PLAN_READERS) === true,
  changes: (caller, plan) => inPrisonAs(caller, plan.prisonId, POLICY_LEADERS),
});

/** Who moves an action on: the prison's policy coordinator, or partner staff of the organisation that owns it, in that prison. */
export const movesAction = (caller: Caller, action: { prisonId: string; ownerOrganisationId: string }): Verdict =>
  inPrisonAs(caller, action.prisonId, POLICY_LEADERS) === true ||
  (inPrisonAs(caller, action.prisonId, ['PARTNER_STAFF']) === true && isStaffOf(caller, action.ownerOrganisationId)) ||
  "Only the policy coordinator of the prison or the partner staff of the action's owner move it on.";

/** An action, to move it on: seen by the readers of the prison's plans; see movesAction. */
export const actionScope = <T extends { prisonId: string; ownerOrganisationId: string }>(): ScopeRule<T> => ({
  what: 'Action',
  sees: (caller, action) => inPrisonAs(caller, action.prisonId, PLAN_READERS) === true,
  changes: movesAction,
});

/** A person, to record a step of their onboarding: only a coordinator of a prison they work in (one their organisation serves). */
export const PERSON_ONBOARDING: ScopeRule<PersonOfOrganisation> = {
  what: 'Person',
  sees: seesPerson,
  changes: (caller, { organisation }) =>
    canManage(caller, organisation.prisonIds) || "Only a coordinator of a prison the organisation serves records a person's onboarding.",
};

/** A person, to set their status (active, inactive, suspended): only a coordinator of a prison their organisation serves. */
export const PERSON_STATUS: ScopeRule<PersonOfOrganisation> = {
  what: 'Person',
  sees: seesPerson,
  changes: (caller, { organisation }) =>
    canManage(caller, organisation.prisonIds) || "Only a coordinator of a prison the organisation serves sets a person's status.",
};

// --- The policy: who reaches each field ---------------------------------------------------------------

const toEverySignedIn = (scope: string) => Object.fromEntries(ROLES.map((role) => [role, scope])) as Record<Role, string>;
const everyone = (scope: string): Record<Audience, string> => ({ ANONYMOUS: scope, ...toEverySignedIn(scope) });

const coordinators = (scope: string) => Object.fromEntries(COORDINATORS.map((role) => [role, scope])) as Partial<Record<Role, string>>;

/** canSeePerson: coordinators of a prison the organisation serves, its own partner staff, the person themself. */
const PERSON_READERS = {
  ...coordinators('the staff and volunteers of the organisations serving their prisons'),
  PARTNER_STAFF: 'the staff and volunteers of their own organisation',
  VOLUNTEER: 'their own record',
  PRISON_STAFF: 'their own record, if they also work for a partner',
  ANALYST: 'their own record, if they also work for a partner',
} as const;

/** ORGANISATION_STAFFING and PERSON: who adds and changes the people of an organisation. */
const STAFF_KEEPERS = {
  ...coordinators('add and change the staff and volunteers of the organisations serving their prisons'),
  PARTNER_STAFF: 'add and change the staff and volunteers of their own organisation',
} as const;

const policyLeaders = (scope: string) => Object.fromEntries(POLICY_LEADERS.map((role) => [role, scope])) as Partial<Record<Role, string>>;

const CORT_AUDIENCE = {
  ...coordinators('the CORT and policy team of their prisons'),
  PRISON_STAFF: 'the CORT and policy team of their prisons',
  PARTNER_STAFF: 'the CORT and policy team of their prisons',
} as const;

/** Who reads an organisation's agreements and hours: the coordinators of a prison it serves, its own partner staff. */
const PARTNER_KEEPERS = {
  ...coordinators('those of the partners serving their prisons'),
  PARTNER_STAFF: 'those of their own organisation',
} as const;
const keepsPartner = (caller: Caller, organisation: { id: string; prisonIds: string[] }): Verdict =>
  canManage(caller, organisation.prisonIds) ||
  isStaffOf(caller, organisation.id) ||
  'Only the coordinators of its prisons and its own partner staff see this.';

const PLAN_AUDIENCE = {
  ...coordinators('the action plans of their prisons'),
  PRISON_STAFF: 'the action plans of their prisons',
  ANALYST: 'the action plans of their prisons',
  PARTNER_STAFF: 'the action plans of their prisons',
} as const;

/** The fields of a person the CORT shows (who holds a function, for which organisation): also to the prison's CORT readers. */
const CORT_PERSON_READERS = {
  ...PERSON_READERS,
  PRISON_STAFF: "their own record, if they also work for a partner; the CORT members' names and organisations in their prisons",
  PARTNER_STAFF: "the staff and volunteers of their own organisation; the CORT members' names and organisations in their prisons",
} as const;
const cortPersonField = (data: string): Rule => ({
  data,
  who: CORT_PERSON_READERS,
  allows: (caller: Caller, person: { id: string; organisationId: string; seenAsCortMemberOf?: string }) =>
    mayReadPersonRecord(caller, person) || seenAsCortMember(caller, person),
});

/**
 * A person's onboarding: the coordinators of a prison they work in (whether the organisation serves one of
 * their prisons is checked where the person is loaded) and their organisation's partner staff; not the
 * person themself, whose record the coordinators keep.
 */
const onboardingField: Rule = {
  data: 'ONBOARDING',
  who: {
    ...coordinators('the onboarding of the staff and volunteers of the organisations serving their prisons'),
    PARTNER_STAFF: 'the onboarding of the staff and volunteers of their own organisation',
  },
  allows: (caller: Caller, person: { organisationId: string } | null) =>
    (caller.kind === 'user' && hasRole(caller, COORDINATORS)) ||
    (!!person && isStaffOf(caller, person.organisationId)) ||
    "Only the coordinators of the prisons they work in and their organisation's partner staff see a person's onboarding.",
};

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
    CORT: {
      personal: false,
      description: "A prison's coordination team (functions, who holds them from–until) and policy team (the seats, by name and role)",
    },
    AGREEMENTS: {
      personal: false,
      description: "Partner organisations' recognitions and agreements per prison: kind, validity, the reference of the signed document",
    },
    VOLUNTEER_HOURS: {
      personal: false,
      description:
        "Hours staff and volunteers gave, summed per organisation, prison and year (a day's hours and note as recorded stay here)",
    },
    ONBOARDING: {
      personal: true,
      description: "A staff member's or volunteer's onboarding steps (permit, training, charter, welcome talk): the days planned and done",
    },
    ACTION_PLANS: {
      personal: false,
      description: "A prison's action plans: goals, actions with their owner organisation, due date, status and history",
    },
  },
  personalTypes: ['Person', 'Clearance'],
  rules: {
    'Query.organisations': {
      data: 'ORGANISATIONS',
      who: toEverySignedIn('the partners serving their prisons'),
      allows: (caller: Caller, _parent, args: { prisonId: string }) => inPrisonAs(caller, args.prisonId, ROLES),
    },
    'Query.organisation': { data: 'ORGANISATIONS', who: toEverySignedIn('any partner organisation') },
    'Query.person': { data: 'STAFF_IDENTITY', who: PERSON_READERS },

    'Query.cort': {
      data: 'CORT',
      who: CORT_AUDIENCE,
      allows: (caller: Caller, _parent, args: { prisonId: string }) => inPrisonAs(caller, args.prisonId, CORT_READERS),
    },

    'Mutation.appointCortMember': {
      data: 'CORT',
      who: policyLeaders('appoint the CORT members of their prisons'),
      allows: (caller: Caller, _parent, args: { input: { prisonId: string } }) => inPrisonAs(caller, args.input.prisonId, POLICY_LEADERS),
    },
    // The membership's prison: CORT_MEMBERSHIP, where it is loaded.
    'Mutation.endCortMembership': { data: 'CORT', who: policyLeaders('end the CORT memberships of their prisons') },
    'Mutation.setPolicyTeam': {
      data: 'CORT',
      who: policyLeaders('set the policy team of their prisons'),
      allows: (caller: Caller, _parent, args: { input: { prisonId: string } }) => inPrisonAs(caller, args.input.prisonId, POLICY_LEADERS),
    },
    // A member's person, within the CORT the caller reached (Query.cort decided the prison); the person's
    // fields then follow cortPersonField.
    'CortMember.person': { data: 'STAFF_IDENTITY', who: CORT_AUDIENCE },

    'Query.actionPlans': {
      data: 'ACTION_PLANS',
      who: PLAN_AUDIENCE,
      allows: (caller: Caller, _parent, args: { prisonId: string }) => inPrisonAs(caller, args.prisonId, PLAN_READERS),
    },
    'Mutation.createActionPlan': {
      data: 'ACTION_PLANS',
      who: policyLeaders('create the action plans of their prisons'),
      allows: (caller: Caller, _parent, args: { input: { prisonId: string } }) => inPrisonAs(caller, args.input.prisonId, POLICY_LEADERS),
    },
    // The plan's prison: actionPlanScope, where the plan or goal is loaded.
    'Mutation.addGoal': { data: 'ACTION_PLANS', who: policyLeaders('add goals to the action plans of their prisons') },
    'Mutation.addAction': { data: 'ACTION_PLANS', who: policyLeaders('add actions to the goals of their prisons’ plans') },
    // Whose action: actionScope (movesAction), where it is loaded.
    'Mutation.updateAction': {
      data: 'ACTION_PLANS',
      who: {
        ...policyLeaders('move on the actions of their prisons’ plans'),
        PARTNER_STAFF: 'move on the actions their organisation owns',
      },
    },
    // An action's owner person: shown to whom may see that person (canSeePerson), null to the plan's other readers.
    'Action.ownerPerson': { data: 'STAFF_IDENTITY', who: PLAN_AUDIENCE },

    'Query.expiringAgreements': {
      data: 'AGREEMENTS',
      who: coordinators('the agreements of the partners serving their prisons'),
      allows: (caller: Caller, _parent, args: { prisonId: string }) => inPrisonAs(caller, args.prisonId, COORDINATORS),
    },
    // The organisation's prisons: organisationChange, where it is loaded; the prisons named, the caller's.
    'Mutation.recordAgreement': {
      data: 'AGREEMENTS',
      who: coordinators('record the agreements of the partners serving their prisons, for their prisons'),
      allows: (caller: Caller, _parent, args: { input: { prisonIds: string[] } }) => assignedToEach(caller, args.input.prisonIds),
    },
    // The person: PERSON's keepers, where they are loaded; the prison, one of the caller's.
    'Mutation.recordVolunteerHours': {
      data: 'VOLUNTEER_HOURS',
      who: STAFF_KEEPERS,
      allows: (caller: Caller, _parent, args: { input: { prisonId: string } }) =>
        inPrisonAs(caller, args.input.prisonId, [...COORDINATORS, 'PARTNER_STAFF']),
    },
    // An organisation's agreements and hours: the coordinators of a prison it serves and its own partner staff.
    'Organisation.agreements': {
      data: 'AGREEMENTS',
      who: PARTNER_KEEPERS,
      allows: (caller: Caller, organisation: Organisation) => keepsPartner(caller, organisation),
    },
    // Asked by the activities service, as the coordinator planning an activity, to warn of a missing agreement.
    'Organisation.agreementCovers': {
      data: 'AGREEMENTS',
      who: PARTNER_KEEPERS,
      allows: (caller: Caller, organisation: Organisation) => keepsPartner(caller, organisation),
    },
    'Organisation.volunteerHours': {
      data: 'VOLUNTEER_HOURS',
      who: PARTNER_KEEPERS,
      allows: (caller: Caller, organisation: Organisation) => keepsPartner(caller, organisation),
    },
    'Organisation.volunteerHoursBySource': {
      data: 'VOLUNTEER_HOURS',
      who: PARTNER_KEEPERS,
      allows: (caller: Caller, organisation: Organisation) => keepsPartner(caller, organisation),
    },
    'Person.expiringClearances': personField('CLEARANCES'),
    'Person.volunteerHours': personField('VOLUNTEER_HOURS'),
    'Person.status': personField('STAFF_IDENTITY'),
    'Person.statusSince': personField('STAFF_IDENTITY'),
    // The person: PERSON_STATUS, where they are loaded.
    'Mutation.setPersonStatus': {
      data: 'STAFF_IDENTITY',
      who: coordinators('set the status of the staff and volunteers of the organisations serving their prisons'),
    },

    'Mutation.createOrganisation': {
      data: 'ORGANISATIONS',
      who: coordinators('add partners serving only their prisons'),
      allows: (caller: Caller, _parent, args: { input: { prisonIds: string[] } }) => assignedToEach(caller, args.input.prisonIds),
    },
    'Mutation.updateOrganisation': { data: 'ORGANISATIONS', who: coordinators('change the partners serving their prisons') },
    'Mutation.createPerson': {
      data: 'STAFF_IDENTITY',
      who: STAFF_KEEPERS,
      // Which organisations a coordinator staffs depends on its prisons: ORGANISATION_STAFFING, where it is loaded.
      allows: (caller: Caller, _parent, args: { input: { organisationId: string } }) =>
        (caller.kind === 'user' && hasRole(caller, COORDINATORS)) ||
        isStaffOf(caller, args.input.organisationId) ||
        'Partner staff add people to their own organisation only.',
    },
    'Mutation.updatePerson': { data: 'STAFF_IDENTITY', who: STAFF_KEEPERS },
    'Mutation.recordClearance': {
      data: 'CLEARANCES',
      who: coordinators('record clearances of the staff and volunteers of the organisations serving their prisons'),
      // A permit is for one prison: only one the coordinator is assigned to. The person: PERSON_CLEARANCES.
      allows: (caller: Caller, _parent, args: { input?: { prisonId?: string | null } }) =>
        args.input?.prisonId ? inPrisonAs(caller, args.input.prisonId, COORDINATORS) : true,
    },

    // The clearance and its person: CLEARANCE_WITHDRAWAL, where they are loaded.
    'Mutation.withdrawClearance': {
      data: 'CLEARANCES',
      who: coordinators('withdraw clearances of the staff and volunteers of the organisations serving their prisons'),
    },

    'Person.id': cortPersonField('STAFF_IDENTITY'),
    'Person.nodeId': cortPersonField('STAFF_IDENTITY'),
    'Person.firstName': personField('STAFF_IDENTITY'),
    'Person.lastName': personField('STAFF_IDENTITY'),
    'Person.displayName': cortPersonField('STAFF_IDENTITY'),
    'Person.role': personField('STAFF_IDENTITY'),
    'Person.languages': personField('STAFF_IDENTITY'),
    'Person.email': personField('STAFF_IDENTITY'),
    'Person.organisation': cortPersonField('STAFF_IDENTITY'),
    'Person.clearances': personField('CLEARANCES'),
    'Person.datesWithoutPrisonAccess': personField('CLEARANCES'),
    'Person.onboarding': onboardingField,
    // The person: PERSON_ONBOARDING, where they are loaded.
    'Mutation.recordOnboardingStep': {
      data: 'ONBOARDING',
      who: coordinators('record the onboarding of the staff and volunteers of the organisations serving their prisons'),
    },
    'OnboardingStepPayload.person': {
      data: 'STAFF_IDENTITY',
      who: coordinators('the staff and volunteers of the organisations serving their prisons'),
    },

    'Clearance.id': clearanceField,
    'Clearance.kind': clearanceField,
    'Clearance.prison': clearanceField,
    'Clearance.validFrom': clearanceField,
    'Clearance.validUntil': clearanceField,
    'Clearance.recordedAt': clearanceField,
    'Clearance.withdrawnFrom': clearanceField,
    'Clearance.grantedUntil': clearanceField,

    // The paths that lead to persons: an organisation's people (filtered by PERSON's sees) and payloads.
    'Organisation.people': { data: 'STAFF_IDENTITY', who: PERSON_READERS },
    'PersonPayload.person': { data: 'STAFF_IDENTITY', who: STAFF_KEEPERS },

    // The directory shows who organises an activity; the activities service checks facilitators as the
    // coordinator planning the activity, so persons follow person(id)'s rule.
    'Organisation.__resolveReference': { data: 'ORGANISATIONS', who: everyone('any partner organisation') },
    'Person.__resolveReference': { data: 'STAFF_IDENTITY', who: PERSON_READERS },
  },
};
