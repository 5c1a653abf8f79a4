import type { Caller } from '@cort/auth';
import { ALL_AUDIENCES, type Audience, type Policy, type Rule } from '@cort/subgraph';
import { activityFilterFor, canPlanIn, ownSessionsFilter, type ActivityScope } from './domain/activity-access';

/**
 * Who may see and change what in the activities service: every root field, the fields naming the
 * persons who facilitate, and every reference, deny by default. Which activities a caller sees beyond
 * the public offer is decided per activity by domain/activity-access.ts in the resolvers (an unknown
 * activity and one you may not see answer the same); docs/ACCESS.md is generated from this file.
 */

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
  POLICY_COORDINATOR: 'create, change, publish and schedule the offer of their prisons',
  COORDINATOR: 'create, change, publish and schedule the offer of their prisons',
} as const;

/** A planning mutation: the role decides here, the activity's prison in the resolver (activityToPlan). */
const planning: Rule = { data: 'PLANNING', who: PLANNERS };

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
      allows: (caller: Caller, _parent, args: { prisonId: string }) => activityFilterFor(caller, args.prisonId) !== null,
    },
    'Query.activity': { data: 'PLANNING', who: OFFER_AND_PUBLISHED },
    'Query.mySessionsToday': {
      data: 'PLANNING',
      who: {
        PARTNER_STAFF: "today's sessions of their organisation's activities in their prisons",
        VOLUNTEER: "today's sessions they facilitate in their prisons",
      },
      allows: (caller: Caller) => ownSessionsFilter(caller) !== null,
    },

    'Mutation.createActivity': {
      ...planning,
      allows: (caller: Caller, _parent, args: { input: { prisonId: string } }) => canPlanIn(caller, args.input.prisonId),
    },
    'Mutation.updateActivity': planning,
    'Mutation.publishActivity': planning,
    'Mutation.archiveActivity': planning,
    'Mutation.cancelActivity': planning,
    'Mutation.addSessions': planning,
    'Mutation.cancelSession': planning,

    // Person ids, the organisations service shows the persons themselves to whom it allows.
    'Activity.facilitators': {
      data: 'FACILITATION',
      who: FACILITATOR_READERS,
      allows: (caller: Caller, activity: ActivityScope) => coversActivity(caller, activity),
    },
    'Person.id': { data: 'FACILITATION', who: FACILITATOR_READERS },

    // References from other subgraphs; the resolvers apply canSeeActivity to the loaded activity.
    'Prison.__resolveReference': { data: 'PUBLIC_OFFER', who: everyone('every prison, its name and region') },
    'Activity.__resolveReference': { data: 'PLANNING', who: OFFER_AND_PUBLISHED },
    'Session.__resolveReference': { data: 'PLANNING', who: OFFER_AND_PUBLISHED },
  },
};
