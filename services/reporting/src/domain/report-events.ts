import type { activitiesEvents } from '@cort/activities/events';
import type { Catalogue, DomainEvent, EventType, PayloadOf } from '@cort/events';
import type { participantsEvents } from '@cort/participants/events';

/** The producers whose feeds reporting follows. */
export type Producer = 'activities' | 'participants';

type ActivitiesCatalogue = typeof activitiesEvents;
type ParticipantsCatalogue = typeof participantsEvents;
type ActivityFacts = PayloadOf<ActivitiesCatalogue, 'ActivityCreated'>;
type SessionFacts = PayloadOf<ActivitiesCatalogue, 'SessionScheduled'>;

export type Category = ActivityFacts['category'];
type ActivityStatus = ActivityFacts['status'];

/** What an event changes in reporting's projections; null when reporting has no use for it. */
export type Projection =
  | { kind: 'activity'; activity: { id: string; prisonId: string; category: Category; status: ActivityStatus } }
  | { kind: 'session'; session: { id: string; activityId: string; startsAt: Date; endsAt: Date; cancelled: boolean } }
  | { kind: 'enrolment'; enrolment: { participantId: string; activityId: string } }
  | { kind: 'exit'; exit: { participantId: string; leftAt: Date } };

/** For each event type of a producer that reporting follows, what it makes of the payload (as the catalogue reads it). */
export type Projections<C extends Catalogue> = {
  [T in EventType<C>]?: (payload: PayloadOf<C, T>, event: DomainEvent) => Projection | null;
};

// Every activity event carries the activity as it now is: the latest one wins (an upsert).
const activity = ({ activityId, prisonId, category, status }: ActivityFacts): Projection => ({
  kind: 'activity',
  activity: { id: activityId, prisonId, category, status },
});

const session = (facts: SessionFacts): Projection => ({
  kind: 'session',
  session: {
    id: facts.sessionId,
    activityId: facts.activityId,
    startsAt: new Date(facts.startsAt),
    endsAt: new Date(facts.endsAt),
    cancelled: facts.status === 'CANCELLED',
  },
});

// When someone left starts their retention period; the event's time is when their record was closed. A
// participant leaves their prison once: the record is closed from IN_CUSTODY only.
const exit = ({ participantId }: { participantId: string }, event: DomainEvent): Projection => ({
  kind: 'exit',
  exit: { participantId, leftAt: new Date(event.occurredAt) },
});

// Only entering ENROLLED matters: the report counts who ever took part, so a later withdrawal or dropout
// removes nobody.
const enrolment = ({ participantId, activityId, to }: PayloadOf<ParticipantsCatalogue, 'EnrolmentChanged'>): Projection | null =>
  to === 'ENROLLED' ? { kind: 'enrolment', enrolment: { participantId, activityId } } : null;

/** The activities feed: the offer, its activities and their sessions. */
export const activitiesProjections: Projections<ActivitiesCatalogue> = {
  ActivityCreated: activity,
  ActivityUpdated: activity,
  ActivityPublished: activity,
  ActivityArchived: activity,
  ActivityCancelled: activity,
  SessionScheduled: session,
  SessionCancelled: session,
};

/** The participants feed: who was enrolled, and who left. Registrations and profile updates are not reported on. */
export const participantsProjections: Projections<ParticipantsCatalogue> = {
  ParticipantReleased: exit,
  ParticipantTransferred: exit,
  EnrolmentChanged: enrolment,
};
