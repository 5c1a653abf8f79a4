import { defineCatalogue, type PayloadOf } from '@cort/events';
import { z } from 'zod';
import {
  ActivityCategory,
  ActivityDomain,
  ActivityStatus,
  CancellationReason,
  EvaluationDecision,
  Gender,
  LegalStatus,
  NeedsAssessmentMethod,
  ObjectiveResult,
  SessionStatus,
} from './generated/prisma/enums';

/**
 * The activities service's events, as it writes them to its outbox and serves them on its feed. The
 * participants service (eligibility, capacity, who runs an activity) and reporting (the offer) import
 * this catalogue as `@cort/activities/events`. Payloads carry ids, codes, dates and numbers only: titles,
 * summaries and reasons stay in this service.
 */

/** Every activity event carries the activity's facts as they are after the change: applying one is an upsert. */
const activityFacts = z.object({
  activityId: z.string(),
  prisonId: z.string(),
  organisationId: z.string(),
  category: z.enum(ActivityCategory),
  domain: z.enum(ActivityDomain),
  status: z.enum(ActivityStatus),
  capacity: z.number().int(),
  screeningRequired: z.boolean(),
  // Whether its screenings need the prison's security advice. Absent in events written before it was added,
  // still version 1: a consumer reads its absence as false.
  securityAdviceRequired: z.boolean().optional(),
  genders: z.array(z.enum(Gender)),
  legalStatuses: z.array(z.enum(LegalStatus)),
  // Person ids of the facilitators. Events written before facilitators were published lack it, and
  // they are still version 1 on the feed, so a consumer must accept its absence.
  facilitatorIds: z.array(z.string()).optional(),
  // BCP 47 codes of the instruction languages (the participants service warns about a participant who speaks
  // none of them). Absent in events written before it was added, still version 1: consumers accept that.
  instructionLanguages: z.array(z.string()).optional(),
  /** Calendar days (YYYY-MM-DD) of a @db.Date column. */
  startsOn: z.iso.date(),
  endsOn: z.iso.date(),
});

const sessionFacts = z.object({
  sessionId: z.string(),
  activityId: z.string(),
  locationId: z.string(),
  /** Instants, as ISO 8601 in UTC. */
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  status: z.enum(SessionStatus),
});

type SessionFactsV1 = z.infer<typeof sessionFacts>;

/** A cancellation names its reason as a code (the free text stays here). */
const sessionCancelled = sessionFacts.extend({ reasonCode: z.enum(CancellationReason) });

/** A move says where and when the session was before, so a consumer can free the old slot. */
const sessionMoved = sessionFacts.extend({
  previousStartsAt: z.iso.datetime(),
  previousEndsAt: z.iso.datetime(),
  previousLocationId: z.string(),
});

/** A needs assessment as it is after the change: who was asked, how, and its wishes by count (no topics, no note). */
const needsAssessmentFacts = z.object({
  assessmentId: z.string(),
  prisonId: z.string(),
  conductedFrom: z.iso.date(),
  conductedUntil: z.iso.date(),
  method: z.enum(NeedsAssessmentMethod),
  respondents: z.number().int(),
  genders: z.array(z.enum(Gender)),
  legalStatuses: z.array(z.enum(LegalStatus)),
  languages: z.array(z.string()),
  wishes: z.array(z.object({ wishId: z.string(), domain: z.enum(ActivityDomain), count: z.number().int() })),
});

/** The wishes an activity answers now (the whole list: applying one replaces the earlier). */
const activityWishes = z.object({ activityId: z.string(), prisonId: z.string(), wishIds: z.array(z.string()) });

/** An evaluation as it is now: the decision and each objective's result, in order (never the texts). */
const activityEvaluated = z.object({
  evaluationId: z.string(),
  activityId: z.string(),
  prisonId: z.string(),
  decision: z.enum(EvaluationDecision),
  results: z.array(z.enum(ObjectiveResult)),
  /** The calendar day (Belgian time) it was evaluated. */
  evaluatedOn: z.iso.date(),
});

/** An activity planned as the next edition of another. */
const nextEditionPlanned = z.object({ activityId: z.string(), previousActivityId: z.string(), prisonId: z.string() });

export const activitiesEvents = defineCatalogue('activities', {
  ActivityCreated: { version: 1, description: 'A draft activity was created.', payload: activityFacts },
  ActivityUpdated: { version: 1, description: "An activity's details or facilitators changed.", payload: activityFacts },
  ActivityPublished: { version: 1, description: 'An activity was published: prisoners can now be enrolled.', payload: activityFacts },
  ActivityArchived: { version: 1, description: 'An activity was archived: its open enrolments close.', payload: activityFacts },
  ActivityCancelled: { version: 1, description: 'An activity was cancelled: its open enrolments close.', payload: activityFacts },
  SessionScheduled: { version: 1, description: 'A session of an activity was scheduled.', payload: sessionFacts },
  SessionCancelled: {
    version: 2,
    description: 'A scheduled session was cancelled, with the reason code (one event per session, also when many are cancelled at once).',
    payload: sessionCancelled,
    // Before reason codes every cancellation was a free text: it reads as OTHER.
    earlier: { 1: { payload: sessionFacts, upgrade: (v1: SessionFactsV1) => ({ ...v1, reasonCode: 'OTHER' as const }) } },
  },
  SessionRestored: {
    version: 1,
    description: 'A cancelled session was restored before it started: it is scheduled again, in the same room and time.',
    payload: sessionFacts,
  },
  SessionMoved: {
    version: 1,
    description: 'A scheduled session was moved to another time and/or room (the facts are the new ones; previous* the old).',
    payload: sessionMoved,
  },
  SessionHeld: {
    version: 1,
    description: 'A session ended and was not cancelled: it counts as held. Written exactly once per session.',
    payload: sessionFacts,
  },
  NeedsAssessmentRecorded: {
    version: 1,
    description: 'A needs assessment of a prison was recorded, with its wishes by domain and count.',
    payload: needsAssessmentFacts,
  },
  NeedsAssessmentUpdated: {
    version: 1,
    description: 'A needs assessment changed; its wishes are the whole list as it is now (wishes left out were removed).',
    payload: needsAssessmentFacts,
  },
  ActivityWishesLinked: {
    version: 1,
    description: 'The wishes an activity answers were set (on creation or update): the whole list as it is now.',
    payload: activityWishes,
  },
  ActivityEvaluated: {
    version: 1,
    description: 'An activity was evaluated, or evaluated again (the facts replace the earlier ones): decision and results.',
    payload: activityEvaluated,
  },
  NextEditionPlanned: {
    version: 1,
    description: 'A draft activity was created as the next edition of an evaluated one (ActivityCreated comes with it).',
    payload: nextEditionPlanned,
  },
});

export type ActivitiesCatalogue = typeof activitiesEvents;

/** The activity event types: each carries {@link ActivityFacts}. */
export type ActivityEventType = 'ActivityCreated' | 'ActivityUpdated' | 'ActivityPublished' | 'ActivityArchived' | 'ActivityCancelled';
/** The session events whose payload is the session's facts alone. */
export type SessionEventType = 'SessionScheduled' | 'SessionRestored' | 'SessionHeld';

export type ActivityFacts = PayloadOf<ActivitiesCatalogue, 'ActivityCreated'>;
export type SessionFacts = PayloadOf<ActivitiesCatalogue, 'SessionScheduled'>;
export type ActivityCreatedPayload = PayloadOf<ActivitiesCatalogue, 'ActivityCreated'>;
export type ActivityUpdatedPayload = PayloadOf<ActivitiesCatalogue, 'ActivityUpdated'>;
export type ActivityPublishedPayload = PayloadOf<ActivitiesCatalogue, 'ActivityPublished'>;
export type ActivityArchivedPayload = PayloadOf<ActivitiesCatalogue, 'ActivityArchived'>;
export type ActivityCancelledPayload = PayloadOf<ActivitiesCatalogue, 'ActivityCancelled'>;
export type SessionScheduledPayload = PayloadOf<ActivitiesCatalogue, 'SessionScheduled'>;
export type SessionCancelledPayload = PayloadOf<ActivitiesCatalogue, 'SessionCancelled'>;
export type SessionRestoredPayload = PayloadOf<ActivitiesCatalogue, 'SessionRestored'>;
export type SessionMovedPayload = PayloadOf<ActivitiesCatalogue, 'SessionMoved'>;
export type SessionHeldPayload = PayloadOf<ActivitiesCatalogue, 'SessionHeld'>;
export type NeedsAssessmentFacts = PayloadOf<ActivitiesCatalogue, 'NeedsAssessmentRecorded'>;
export type ActivityWishesLinkedPayload = PayloadOf<ActivitiesCatalogue, 'ActivityWishesLinked'>;
