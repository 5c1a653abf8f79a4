import { COORDINATORS, OFFER_READERS, PARTNERS, type Caller } from '@cort/auth';
import { ALL_AUDIENCES, hasRole, inPrisonAs, type Audience, type Policy, type Rule, type ScopeRule, type Verdict } from '@cort/subgraph';

/**
 * Who may see and change what in the activities service, and the only place where that is decided:
 * every root field, the fields naming the persons who facilitate and every reference (deny by default),
 * the scope rules that loadForChange / loadVisible / findVisible apply to a loaded activity or session
 * (an unknown one and one you may not see answer the same), and the filters that narrow a list to the
 * caller's part of the offer. docs/ACCESS.md is generated from this file.
 */

/** What a decision about an activity needs to know of it. */
export interface ActivityScope {
  prisonId: string;
  organisationId: string;
  facilitatorIds: string[];
  status: string;
}

/**
 * The part of a prison's offer beyond the published one that a caller's roles show them, in the prisons
 * they are assigned to: coordinators, prison staff and analysts all of it; partner staff their
 * organisation's; volunteers the activities they facilitate. Null when their roles show none of it.
 */
function offerPartOf(caller: Caller): { organisationId?: string; facilitatorId?: string } | null {
  if (caller.kind !== 'user') return null;
  if (hasRole(caller, OFFER_READERS)) return {};
  if (hasRole(caller, ['PARTNER_STAFF']) && caller.organisationId) return { organisationId: caller.organisationId };
  if (hasRole(caller, ['VOLUNTEER'])) return { facilitatorId: caller.sub };
  return null;
}

/** Who sees which activities of a prison beyond the public offer; null when the caller sees none of them. */
export const activityFilterFor = (caller: Caller, prisonId: string) =>
  caller.kind === 'user' && caller.prisons.includes(prisonId) ? offerPartOf(caller) : null;

/**
 * Whether the activity is in the caller's own part of the offer of its prison (canSeeActivity without
 * the "published is public" clause): whom its facilitators are shown to.
 */
export function coversActivity(caller: Caller, activity: Pick<ActivityScope, 'prisonId' | 'organisationId' | 'facilitatorIds'>): boolean {
  const filter = activityFilterFor(caller, activity.prisonId);
  if (!filter) return false;
  if (filter.organisationId && filter.organisationId !== activity.organisationId) return false;
  return !filter.facilitatorId || activity.facilitatorIds.includes(filter.facilitatorId);
}

/** Published activities are public (the directory shows them); the rest follows activityFilterFor. */
export const canSeeActivity = (caller: Caller, activity: ActivityScope): boolean =>
  activity.status === 'PUBLISHED' || coversActivity(caller, activity);

/** Planning (create, edit, publish, schedule) is for coordinators of the activity's prison. */
export const canPlanIn = (caller: Caller, prisonId: string): boolean => inPrisonAs(caller, prisonId, COORDINATORS) === true;

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

const planningVerdict = (caller: Caller, prisonId: string, refused: string): Verdict => canPlanIn(caller, prisonId) || refused;

/** An activity a mutation starts from: seen as canSeeActivity says, changed by the coordinators of its prison. */
export const activityScope: ScopeRule<ActivityScope> = {
  what: 'Activity',
  sees: canSeeActivity,
  changes: (caller, activity) => planningVerdict(caller, activity.prisonId, 'Only a coordinator of this prison can change the activity.'),
};

/** The directory's page of one activity: only a published one exists for it, whoever asks. */
export const publishedActivityScope: ScopeRule<ActivityScope> = {
  what: 'Activity',
  sees: (_caller, activity) => activity.status === 'PUBLISHED',
};

/** A session is seen exactly when its activity is, and cancelled by the coordinators of its prison. */
export const sessionScope: ScopeRule<{ activity: ActivityScope }> = {
  what: 'Session',
  sees: (caller, { activity }) => canSeeActivity(caller, activity),
  changes: (caller, { activity }) => planningVerdict(caller, activity.prisonId, 'Only a coordinator of this prison can cancel sessions.'),
};

/** Restoring and moving a session: seen as sessionScope says, by the same planners, with their own reason. */
export const sessionRescheduleScope: ScopeRule<{ activity: ActivityScope }> = {
  what: 'Session',
  sees: sessionScope.sees,
  changes: (caller, { activity }) =>
    planningVerdict(caller, activity.prisonId, 'Only a coordinator of this prison can restore or move sessions.'),
};

/**
 * Needs assessments and their wishes: read by those who see the whole offer of the prison (coordinators,
 * prison staff, analysts), recorded and changed by its coordinators. Nothing in them names a person.
 */
export const canReadNeedsOf = (caller: Caller, prisonId: string): Verdict => inPrisonAs(caller, prisonId, OFFER_READERS);

export const needsAssessmentScope: ScopeRule<{ prisonId: string }> = {
  what: 'NeedsAssessment',
  sees: (caller, assessment) => canReadNeedsOf(caller, assessment.prisonId) === true,
  changes: (caller, assessment) =>
    planningVerdict(caller, assessment.prisonId, 'Only a coordinator of this prison can change its needs assessments.'),
};

/** A wish, pointed at by id (an action answering it): seen by those who read its prison's needs. */
export const wishScope: ScopeRule<{ prisonId: string }> = {
  what: 'Wish',
  sees: (caller, wish) => canReadNeedsOf(caller, wish.prisonId) === true,
};

/** Evaluating an activity: seen as canSeeActivity says, by the coordinators of its prison. */
export const evaluationScope: ScopeRule<ActivityScope> = {
  what: 'Activity',
  sees: canSeeActivity,
  changes: (caller, activity) => planningVerdict(caller, activity.prisonId, 'Only a coordinator of this prison can evaluate the activity.'),
};

const everyone = (scope: string) => Object.fromEntries(ALL_AUDIENCES.map((audience) => [audience, scope])) as Record<Audience, string>;

/** activityFilterFor: the unpublished offer of their prisons, each role its own part of it. */
const OFFER_OF_THEIR_PRISONS = {
  POLICY_COORDINATOR: 'every activity of their prisons',
  COORDINATOR: 'every activity of their prisons',
  PRISON_STAFF: 'every activity of their prisons',
  ANALYST: 'every activity of their prisons',
  PARTNER_STAFF: "their organisation's activities in their prisons",
  VOLUNTEER: 'the activities they facilitate in their prisons',
} as const;

/** canSeeActivity: the above, and published activities anywhere (the public offer, see PUBLIC_OFFER). */
const OFFER_AND_PUBLISHED = { ANONYMOUS: 'published activities only', ...OFFER_OF_THEIR_PRISONS } as const;

/**
 * Facilitators are shown to those the organisations service shows persons to (coordinators, partner
 * staff, the volunteers themselves), for their own part of the offer: prison staff and analysts
 * would only get ids with nothing behind them.
 */
const FACILITATOR_READERS = {
  POLICY_COORDINATOR: OFFER_OF_THEIR_PRISONS.POLICY_COORDINATOR,
  COORDINATOR: OFFER_OF_THEIR_PRISONS.COORDINATOR,
  PARTNER_STAFF: OFFER_OF_THEIR_PRISONS.PARTNER_STAFF,
  VOLUNTEER: OFFER_OF_THEIR_PRISONS.VOLUNTEER,
} as const;

const PLANNERS = {
  POLICY_COORDINATOR: 'create, change, publish and schedule the offer of their prisons; cancel, restore and move its sessions',
  COORDINATOR: 'create, change, publish and schedule the offer of their prisons; cancel, restore and move its sessions',
} as const;

/** sessionsAtRisk: the coordinators of the prison, who replace the facilitators. */
const SESSIONS_AT_RISK_READERS = Object.fromEntries(
  COORDINATORS.map((role) => [role, 'the planned sessions of their prisons with a facilitator no longer cleared, and those facilitators']),
);

const NEEDS_READERS = Object.fromEntries(OFFER_READERS.map((role) => [role, 'the needs assessments of their prisons']));
const NEEDS_WRITERS = Object.fromEntries(COORDINATORS.map((role) => [role, 'record and change the needs assessments of their prisons']));

const EVALUATION_READERS = Object.fromEntries(OFFER_READERS.map((role) => [role, 'the evaluations of the activities of their prisons']));
const EVALUATORS = Object.fromEntries(
  COORDINATORS.map((role) => [role, 'evaluate the activities of their prisons and plan their next editions']),
);

/** A read of a prison's needs: the prison named decides. */
const needsOfPrison: Rule<unknown, { prisonId: string }> = {
  data: 'NEEDS',
  who: NEEDS_READERS,
  allows: (caller, _parent, args) => canReadNeedsOf(caller, args.prisonId),
};

/** A planning mutation: the role decides here, the activity's prison in activityScope / sessionScope. */
const planning: Rule = { data: 'PLANNING', who: PLANNERS };

const ACTIVITY_MANAGERS = Object.fromEntries(
  COORDINATORS.map((role) => [role, 'the warnings acknowledged on the activities of their prisons, by whom and when']),
);

/** Those who plan or staff a prison's offer, and so see its offer and rooms when they are assigned to it. */
const OFFER_AND_PARTNERS = [...OFFER_READERS, ...PARTNERS];

/**
 * The rooms of a prison (`Prison.locations`): for those who plan and staff its offer. Prisons are public
 * and their rooms are not; the kit guards this field like every other ruled one.
 */
const prisonRooms: Rule<{ id: string }> = {
  data: 'PLANNING',
  who: Object.fromEntries(OFFER_AND_PARTNERS.map((role) => [role, 'the rooms of their prisons'])),
  allows: (caller, prison) => inPrisonAs(caller, prison.id, OFFER_AND_PARTNERS),
};

export const activitiesPolicy: Policy = {
  service: 'activities',
  categories: {
    PUBLIC_OFFER: {
      personal: false,
      description: 'The published offer: activities, their upcoming sessions, the prisons and who organises them',
    },
    PLANNING: {
      personal: false,
      description: 'Internal planning data: draft, cancelled and archived activities, capacity, screening, rooms, every session',
    },
    NEEDS: {
      personal: false,
      description: 'Needs assessments: target groups, methods, respondents, the wishes named and the activities answering them',
    },
    EVALUATION: {
      personal: false,
      description: "The coordinators' evaluations of activities: objectives met or not, what worked, adjustments, the decision",
    },
    FACILITATION: {
      personal: true,
      description: 'Which staff members and volunteers (person ids) facilitate an activity, and so where and when they work',
    },
  },
  personalTypes: ['Person'],
  rules: {
    'Query.publicOffer': { data: 'PUBLIC_OFFER', who: everyone('published activities of every prison') },
    'Query.prisons': { data: 'PUBLIC_OFFER', who: everyone('every prison, its name and region') },
    'Query.prison': { data: 'PUBLIC_OFFER', who: everyone('every prison, its name and region') },
    'Query.activities': {
      data: 'PLANNING',
      who: OFFER_OF_THEIR_PRISONS,
      // The role is judged first, so that the reason is the same for every prison, known or not.
      allows: (caller: Caller, _parent, args: { prisonId: string }) =>
        offerPartOf(caller) ? inPrisonAs(caller, args.prisonId, OFFER_AND_PARTNERS) : 'Your role does not show the offer of this prison.',
    },
    'Query.activity': { data: 'PLANNING', who: OFFER_AND_PUBLISHED },
    'Query.publicActivity': { data: 'PUBLIC_OFFER', who: everyone('a published activity; any other id is not found') },
    'Query.mySessionsToday': {
      data: 'PLANNING',
      who: {
        PARTNER_STAFF: "today's sessions of their organisation's activities in their prisons",
        VOLUNTEER: "today's sessions they facilitate in their prisons",
      },
      allows: (caller: Caller) => ownSessionsFilter(caller) !== null || 'This is the day view of partner staff and volunteers.',
    },

    'Mutation.createActivity': {
      ...planning,
      allows: (caller: Caller, _parent, args: { input: { prisonId: string } }) => inPrisonAs(caller, args.input.prisonId, COORDINATORS),
    },
    'Mutation.updateActivity': planning,
    'Mutation.publishActivity': planning,
    'Mutation.archiveActivity': planning,
    'Mutation.cancelActivity': planning,
    'Mutation.addSessions': planning,
    'Mutation.cancelSession': planning,
    // A window of one prison: the prison named decides (no session is loaded first).
    'Mutation.cancelSessions': {
      ...planning,
      allows: (caller: Caller, _parent, args: { input: { prisonId: string } }) => inPrisonAs(caller, args.input.prisonId, COORDINATORS),
    },
    'Mutation.restoreSession': planning,
    'Query.needsAssessments': needsOfPrison,
    'Query.needsOverview': needsOfPrison,
    'Mutation.recordNeedsAssessment': {
      data: 'NEEDS',
      who: NEEDS_WRITERS,
      allows: (caller: Caller, _parent, args: { input: { prisonId: string } }) => inPrisonAs(caller, args.input.prisonId, COORDINATORS),
    },
    // The assessment's prison decides, in needsAssessmentScope.
    'Mutation.updateNeedsAssessment': { data: 'NEEDS', who: NEEDS_WRITERS },
    // The activity's prison decides, in evaluationScope / activityScope.
    'Mutation.evaluateActivity': { data: 'EVALUATION', who: EVALUATORS },
    'Mutation.planNextEdition': { data: 'EVALUATION', who: EVALUATORS },
    // A public type's field that is not for everyone: evaluations are internal.
    'Activity.evaluation': {
      data: 'EVALUATION',
      who: EVALUATION_READERS,
      allows: (caller: Caller, activity: { prisonId: string }) => inPrisonAs(caller, activity.prisonId, OFFER_READERS),
    },
    // A public type's field that is not for everyone: the wishes behind an activity are internal planning.
    'Activity.answersWishes': {
      data: 'NEEDS',
      who: NEEDS_READERS,
      allows: (caller: Caller, activity: { prisonId: string }) => canReadNeedsOf(caller, activity.prisonId),
    },
    // Who acknowledged a warning on an activity (a user id): for those who manage it, the coordinators of its prison.
    'Activity.acknowledgements': {
      data: 'PLANNING',
      who: ACTIVITY_MANAGERS,
      allows: (caller: Caller, activity: { prisonId: string }) => inPrisonAs(caller, activity.prisonId, COORDINATORS),
    },
    'Mutation.moveSession': planning,
    // Planning data, for those who replace the facilitators: like the facilitators of an activity, not for
    // prison staff (the persons would be ids with nothing behind them); the organisations service was
    // asked on the coordinator's behalf.
    'Query.sessionsAtRisk': {
      data: 'PLANNING',
      who: SESSIONS_AT_RISK_READERS,
      allows: (caller: Caller, _parent, args: { prisonId: string }) => inPrisonAs(caller, args.prisonId, COORDINATORS),
    },
    'FacilitatorAtRisk.person': { data: 'FACILITATION', who: SESSIONS_AT_RISK_READERS },

    // Person ids, the organisations service shows the persons themselves to whom it allows.
    'Activity.facilitators': {
      data: 'FACILITATION',
      who: FACILITATOR_READERS,
      allows: (caller: Caller, activity: ActivityScope) => coversActivity(caller, activity),
    },
    'Person.id': { data: 'FACILITATION', who: FACILITATOR_READERS },

    // References from other subgraphs; their resolvers apply activityScope / sessionScope to what they load.
    // A public type's field that is not for everyone.
    'Prison.locations': prisonRooms,

    'Prison.__resolveReference': { data: 'PUBLIC_OFFER', who: everyone('every prison, its name and region') },
    'Activity.__resolveReference': { data: 'PLANNING', who: OFFER_AND_PUBLISHED },
    'Session.__resolveReference': { data: 'PLANNING', who: OFFER_AND_PUBLISHED },
    // The wish's prison decides, in wishScope: as reading it through the prison's needs assessments.
    'Wish.__resolveReference': { data: 'NEEDS', who: NEEDS_READERS },
  },
};
