import type { DomainEvent } from '@cort/events';

/** The producers whose feeds reporting follows. */
export type Producer = 'activities' | 'participants';

export type Category = 'EDUCATIONAL' | 'PSYCHOSOCIAL' | 'SOCIOCULTURAL';
export type ActivityStatus = 'DRAFT' | 'PUBLISHED' | 'ARCHIVED' | 'CANCELLED';

/** What an event changes in reporting's projections; null when reporting has no use for it. */
export type Projection =
  | { kind: 'activity'; activity: { id: string; prisonId: string; category: Category; status: ActivityStatus } }
  | { kind: 'session'; session: { id: string; activityId: string; startsAt: Date; endsAt: Date; cancelled: boolean } }
  | { kind: 'enrolment'; enrolment: { participantId: string; activityId: string } }
  | { kind: 'exit'; exit: { participantId: string; leftAt: Date } };

const ACTIVITY_EVENTS = new Set(['ActivityCreated', 'ActivityUpdated', 'ActivityPublished', 'ActivityArchived', 'ActivityCancelled']);
const SESSION_EVENTS = new Set(['SessionScheduled', 'SessionCancelled']);
// A participant leaves their prison once: the record is closed from IN_CUSTODY only.
const EXIT_EVENTS = new Set(['ParticipantReleased', 'ParticipantTransferred']);

interface ActivityFacts {
  activityId: string;
  prisonId: string;
  category: Category;
  status: ActivityStatus;
}

interface SessionFacts {
  sessionId: string;
  activityId: string;
  startsAt: string;
  endsAt: string;
  status: 'SCHEDULED' | 'HELD' | 'CANCELLED';
}

interface EnrolmentFacts {
  participantId: string;
  activityId: string;
  to: string;
}

function fromActivities(event: DomainEvent): Projection | null {
  if (ACTIVITY_EVENTS.has(event.type)) {
    // Every activity event carries the activity as it now is: the latest one wins (an upsert).
    const { activityId, prisonId, category, status } = event.payload as unknown as ActivityFacts;
    return { kind: 'activity', activity: { id: activityId, prisonId, category, status } };
  }
  if (SESSION_EVENTS.has(event.type)) {
    const facts = event.payload as unknown as SessionFacts;
    return {
      kind: 'session',
      session: {
        id: facts.sessionId,
        activityId: facts.activityId,
        startsAt: new Date(facts.startsAt),
        endsAt: new Date(facts.endsAt),
        cancelled: facts.status === 'CANCELLED',
      },
    };
  }
  return null;
}

function fromParticipants(event: DomainEvent): Projection | null {
  // When someone left starts their retention period; the event's time is when their record was closed.
  if (EXIT_EVENTS.has(event.type)) {
    const { participantId } = event.payload as unknown as { participantId: string };
    return { kind: 'exit', exit: { participantId, leftAt: new Date(event.occurredAt) } };
  }
  // Only entering ENROLLED matters: the report counts who ever took part, so a later withdrawal or
  // dropout removes nobody. Registrations and profile updates are not reported on.
  if (event.type !== 'EnrolmentChanged') return null;
  const { participantId, activityId, to } = event.payload as unknown as EnrolmentFacts;
  return to === 'ENROLLED' ? { kind: 'enrolment', enrolment: { participantId, activityId } } : null;
}

/** What to do with one event of a producer's feed. Unknown types change nothing (and are still marked processed). */
export function projectionOf(producer: Producer, event: DomainEvent): Projection | null {
  return producer === 'activities' ? fromActivities(event) : fromParticipants(event);
}
