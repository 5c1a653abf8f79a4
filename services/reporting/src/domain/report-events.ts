import type { activitiesEvents } from '@cort/activities/events';
import type { Catalogue, DomainEvent, EventType, PayloadOf } from '@cort/events';
import type { participantsEvents } from '@cort/participants/events';
import { fromCalendarDate } from '@cort/common';
import type { PartnerProjection } from './partner-events';
import type { SessionStatus } from './session-status';

/** The producers whose feeds reporting follows. */
export type Producer = 'activities' | 'organisations' | 'participants';

type ActivitiesCatalogue = typeof activitiesEvents;
type ParticipantsCatalogue = typeof participantsEvents;
type ActivityFacts = PayloadOf<ActivitiesCatalogue, 'ActivityCreated'>;
type SessionFacts = PayloadOf<ActivitiesCatalogue, 'SessionScheduled'>;
type Mark = PayloadOf<ParticipantsCatalogue, 'AttendanceMarked'>;
type FollowUpOpened = PayloadOf<ParticipantsCatalogue, 'FollowUpOpened'>;
type FollowUpClosed = PayloadOf<ParticipantsCatalogue, 'FollowUpClosed'>;

export type Category = ActivityFacts['category'];
type ActivityStatus = ActivityFacts['status'];
export type AttendanceCode = NonNullable<Mark['code']>;

/** A mark as reporting keeps it: codes and ids, never the note nor the enrolment. */
export interface MarkFacts {
  sessionId: string;
  participantId: string;
  activityId: string;
  code: AttendanceCode;
  absenceReason: string | null;
  recordedAt: Date;
}

/** What an event changes in reporting's projections; null when reporting has no use for it. */
export type Projection =
  | PartnerProjection
  | {
      kind: 'activity';
      activity: {
        id: string;
        prisonId: string;
        organisationId: string;
        category: Category;
        domain: string;
        status: ActivityStatus;
        facilitatorIds?: string[];
      };
    }
  | {
      kind: 'session';
      session: { id: string; activityId: string; startsAt: Date; endsAt: Date; status: SessionStatus; cancellationReason: string | null };
    }
  | { kind: 'enrolment'; enrolment: { participantId: string; activityId: string; enrolledAt: Date }; requestedAt: Date | null }
  | { kind: 'request'; request: { participantId: string; activityId: string; requestedAt: Date } }
  | { kind: 'requestEnded'; request: { participantId: string; activityId: string } }
  | { kind: 'participant'; participant: { participantId: string; gender: string; legalStatus: string } }
  | {
      kind: 'feedback';
      forms: {
        id: string;
        activityId: string;
        prisonId: string;
        receivedOn: Date;
        satisfaction: number;
        learned: number;
        atmosphere: number;
        wouldRecommend: boolean;
      }[];
    }
  | {
      kind: 'needs';
      assessment: {
        id: string;
        prisonId: string;
        conductedFrom: Date;
        conductedUntil: Date;
        method: string;
        respondents: number;
        genders: string[];
        legalStatuses: string[];
        languages: string[];
      };
      wishes: { id: string; assessmentId: string; prisonId: string; domain: string; count: number }[];
    }
  | { kind: 'activityWishes'; activityId: string; wishIds: string[] }
  | { kind: 'evaluation'; evaluation: { activityId: string; prisonId: string; decision: string; results: string[]; evaluatedOn: Date } }
  | { kind: 'exit'; exit: { participantId: string; leftAt: Date } }
  | { kind: 'mark'; mark: MarkFacts }
  | { kind: 'unmark'; mark: { sessionId: string; participantId: string } }
  | {
      kind: 'followUpOpened';
      followUp: {
        id: string;
        participantId: string;
        activityId: string;
        prisonId: string;
        trigger: string;
        absencesInRow: number | null;
        openedAt: Date;
      };
    }
  | {
      kind: 'followUpClosed';
      followUp: {
        id: string;
        participantId: string;
        status: string;
        reasons: string[];
        outcome: string | null;
        heldOn: Date | null;
        cause: string | null;
        closedAt: Date;
      };
    };

/** For each event type of a producer that reporting follows, what it makes of the payload (as the catalogue reads it). */
export type Projections<C extends Catalogue> = {
  [T in EventType<C>]?: (payload: PayloadOf<C, T>, event: DomainEvent) => Projection | null;
};

// Every activity event carries the activity as it now is: the latest one wins (an upsert). Events written
// before facilitators were published lack them: the row keeps what it had.
const activity = ({ activityId, prisonId, organisationId, category, domain, status, facilitatorIds }: ActivityFacts): Projection => ({
  kind: 'activity',
  activity: {
    id: activityId,
    prisonId,
    organisationId,
    category,
    domain,
    status,
    ...(facilitatorIds ? { facilitatorIds: [...facilitatorIds] } : {}),
  },
});

/**
 * Every session event carries the session as it now is (a move its new times): the latest one wins. The
 * event's type is what happened, so it sets the status (a held session is HELD whatever the payload's
 * status field says); the reason code is kept while the session is cancelled only, so a restored
 * session loses it.
 */
const session =
  (status?: SessionStatus) =>
  (facts: SessionFacts & { reasonCode?: string }): Projection => {
    const now = status ?? facts.status;
    return {
      kind: 'session',
      session: {
        id: facts.sessionId,
        activityId: facts.activityId,
        startsAt: new Date(facts.startsAt),
        endsAt: new Date(facts.endsAt),
        status: now,
        cancellationReason: now === 'CANCELLED' ? (facts.reasonCode ?? 'OTHER') : null,
      },
    };
  };

// When someone left starts their retention period; the event's time is when their record was closed. A
// participant leaves their prison once: the record is closed from IN_CUSTODY only.
const exit = ({ participantId }: { participantId: string }, event: DomainEvent): Projection => ({
  kind: 'exit',
  exit: { participantId, leftAt: new Date(event.occurredAt) },
});

/** The statuses of an enrolment still waiting for a decision: its request time is kept until one comes. */
const UNDECIDED = new Set(['REQUESTED', 'IN_SCREENING', 'WAITLISTED']);

/**
 * Entering ENROLLED makes a participant of the activity (the report counts who ever took part, so a later
 * withdrawal or dropout removes nobody), at the event's time. A new request starts the waiting time that the
 * enrolment ends; a request that ends otherwise (rejected, withdrawn) leaves nothing behind.
 */
const enrolment = (
  { participantId, activityId, from, to }: PayloadOf<ParticipantsCatalogue, 'EnrolmentChanged'>,
  event: DomainEvent,
): Projection | null => {
  const at = new Date(event.occurredAt);
  // Enrolled on request (no screening, a free place): requested and enrolled at once, no wait.
  if (to === 'ENROLLED')
    return { kind: 'enrolment', enrolment: { participantId, activityId, enrolledAt: at }, requestedAt: from === null ? at : null };
  if (from === null) return { kind: 'request', request: { participantId, activityId, requestedAt: at } };
  return UNDECIDED.has(from) && !UNDECIDED.has(to) ? { kind: 'requestEnded', request: { participantId, activityId } } : null;
};

// A participant's target group as they now are (categories only): copied onto the enrolments that follow.
const participant = ({ participantId, gender, legalStatus }: PayloadOf<ParticipantsCatalogue, 'ParticipantRegistered'>): Projection => ({
  kind: 'participant',
  participant: { participantId, gender, legalStatus },
});

// A mark recorded or changed replaces the participant's earlier mark at that session in the figures; a
// mark removed (code null: a cancelled session was restored) takes it out. The feed's order is the
// order the participants service wrote them in, so the last event is its current mark.
const mark = ({ sessionId, participantId, activityId, code, absenceReason, recordedAt }: Mark): Projection =>
  code === null
    ? { kind: 'unmark', mark: { sessionId, participantId } }
    : { kind: 'mark', mark: { sessionId, participantId, activityId, code, absenceReason, recordedAt: new Date(recordedAt) } };

// Opened when the event happened; the enrolment id is not kept (retention could not hide it).
const followUpOpened = (facts: FollowUpOpened, event: DomainEvent): Projection => ({
  kind: 'followUpOpened',
  followUp: {
    id: facts.followUpId,
    participantId: facts.participantId,
    activityId: facts.activityId,
    prisonId: facts.prisonId,
    trigger: facts.trigger,
    absencesInRow: facts.absencesInRow,
    openedAt: new Date(event.occurredAt),
  },
});

const followUpClosed = (facts: FollowUpClosed, event: DomainEvent): Projection => ({
  kind: 'followUpClosed',
  followUp: {
    id: facts.followUpId,
    participantId: facts.participantId,
    status: facts.status,
    reasons: [...facts.reasons],
    outcome: facts.outcome,
    heldOn: facts.heldOn ? fromCalendarDate(facts.heldOn) : null,
    cause: facts.cause,
    closedAt: new Date(event.occurredAt),
  },
});

// An evaluation carries the decision and results as they now are: a second evaluation replaces the first.
const evaluation = (facts: PayloadOf<ActivitiesCatalogue, 'ActivityEvaluated'>): Projection => ({
  kind: 'evaluation',
  evaluation: {
    activityId: facts.activityId,
    prisonId: facts.prisonId,
    decision: facts.decision,
    results: [...facts.results],
    evaluatedOn: fromCalendarDate(facts.evaluatedOn),
  },
});

// A needs assessment carries itself and its whole list of wishes as they now are: the latest wins.
const needs = (facts: PayloadOf<ActivitiesCatalogue, 'NeedsAssessmentRecorded'>): Projection => ({
  kind: 'needs',
  assessment: {
    id: facts.assessmentId,
    prisonId: facts.prisonId,
    conductedFrom: fromCalendarDate(facts.conductedFrom),
    conductedUntil: fromCalendarDate(facts.conductedUntil),
    method: facts.method,
    respondents: facts.respondents,
    genders: [...facts.genders],
    legalStatuses: [...facts.legalStatuses],
    languages: [...facts.languages],
  },
  wishes: facts.wishes.map((w) => ({
    id: w.wishId,
    assessmentId: facts.assessmentId,
    prisonId: facts.prisonId,
    domain: w.domain,
    count: w.count,
  })),
});

const activityWishes = ({ activityId, wishIds }: PayloadOf<ActivitiesCatalogue, 'ActivityWishesLinked'>): Projection => ({
  kind: 'activityWishes',
  activityId,
  wishIds: [...wishIds],
});

/** The activities feed: the offer, its activities and their sessions (held, cancelled, restored, moved), evaluations. */
export const activitiesProjections: Projections<ActivitiesCatalogue> = {
  ActivityCreated: activity,
  ActivityUpdated: activity,
  ActivityPublished: activity,
  ActivityArchived: activity,
  ActivityCancelled: activity,
  SessionScheduled: session(),
  SessionCancelled: session('CANCELLED'),
  SessionRestored: session('SCHEDULED'),
  SessionMoved: session(),
  SessionHeld: session('HELD'),
  ActivityEvaluated: evaluation,
  NeedsAssessmentRecorded: needs,
  NeedsAssessmentUpdated: needs,
  ActivityWishesLinked: activityWishes,
};

// Feedback forms: their scores and the day only (the participants service never sends a comment).
const feedback = ({ activityId, prisonId, receivedOn, forms }: PayloadOf<ParticipantsCatalogue, 'FeedbackRecorded'>): Projection => ({
  kind: 'feedback',
  forms: forms.map(({ formId, ...scores }) => ({ id: formId, activityId, prisonId, receivedOn: fromCalendarDate(receivedOn), ...scores })),
});

/**
 * The participants feed: who was enrolled (and their target group), who left, attendance marks and
 * dropout follow-ups.
 */
export const participantsProjections: Projections<ParticipantsCatalogue> = {
  ParticipantRegistered: participant,
  ParticipantUpdated: participant,
  ParticipantReleased: exit,
  ParticipantTransferred: exit,
  EnrolmentChanged: enrolment,
  AttendanceMarked: mark,
  FollowUpOpened: followUpOpened,
  FollowUpClosed: followUpClosed,
  FeedbackRecorded: feedback,
};
