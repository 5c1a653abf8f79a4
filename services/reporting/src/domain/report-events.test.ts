import { activitiesEvents } from '@cort/activities/events';
import { readEvent, type Catalogue, type DomainEvent } from '@cort/events';
import { organisationsEvents } from '@cort/organisations/events';
import { participantsEvents } from '@cort/participants/events';
import { organisationsProjections } from './partner-events';
import { activitiesProjections, participantsProjections, type Producer, type Projection } from './report-events';

const followed: Record<Producer, { catalogue: Catalogue; projections: Record<string, unknown> }> = {
  activities: { catalogue: activitiesEvents, projections: activitiesProjections },
  organisations: { catalogue: organisationsEvents, projections: organisationsProjections },
  participants: { catalogue: participantsEvents, projections: participantsProjections },
};

/**
 * What reporting makes of one event of a producer's feed: the projection of its type's handler, read
 * through the producer's catalogue (every event here must be valid there), or null for a type it does
 * not follow (the consumer ignores those).
 */
function projectionOf(producer: Producer, event: DomainEvent): Projection | null {
  const { catalogue, projections } = followed[producer];
  const toProjection = projections[event.type] as ((payload: unknown, event: DomainEvent) => Projection | null) | undefined;
  if (!toProjection) return null;
  const read = readEvent(catalogue, event);
  if (!read.ok) throw new Error(read.reason);
  return toProjection(read.payload, event);
}

const event = (type: string, payload: Record<string, unknown>, version = 1): DomainEvent => ({
  id: `event-${type}`,
  type,
  version,
  occurredAt: '2026-03-01T10:00:00.000Z',
  payload,
});

const activityFacts = {
  activityId: 'a1',
  prisonId: 'HAREN',
  organisationId: 'o1',
  category: 'EDUCATIONAL',
  domain: 'EDUCATION',
  status: 'PUBLISHED',
  capacity: 10,
  screeningRequired: false,
  genders: ['MALE'],
  legalStatuses: ['CONVICTED'],
  startsOn: '2026-01-01',
  endsOn: '2026-06-30',
};

describe('what reporting does with an event', () => {
  it('keeps an activity as its latest event describes it, whatever the event', () => {
    for (const type of ['ActivityCreated', 'ActivityUpdated', 'ActivityPublished', 'ActivityArchived', 'ActivityCancelled']) {
      expect(projectionOf('activities', event(type, activityFacts))).toEqual({
        kind: 'activity',
        activity: { id: 'a1', prisonId: 'HAREN', organisationId: 'o1', category: 'EDUCATIONAL', domain: 'EDUCATION', status: 'PUBLISHED' },
      });
    }
  });

  const sessionFacts = {
    sessionId: 's1',
    activityId: 'a1',
    locationId: 'l1',
    startsAt: '2026-03-02T09:00:00.000Z',
    endsAt: '2026-03-02T11:00:00.000Z',
  };

  it('keeps a session, cancelled when its status says so', () => {
    const facts = sessionFacts;
    expect(projectionOf('activities', event('SessionScheduled', { ...facts, status: 'SCHEDULED' }))).toEqual({
      kind: 'session',
      session: {
        id: 's1',
        activityId: 'a1',
        startsAt: new Date(facts.startsAt),
        endsAt: new Date(facts.endsAt),
        status: 'SCHEDULED',
        cancellationReason: null,
      },
    });
    // A cancellation from before reason codes (version 1) reads as OTHER.
    expect(projectionOf('activities', event('SessionCancelled', { ...facts, status: 'CANCELLED' }))).toMatchObject({
      session: { id: 's1', status: 'CANCELLED', cancellationReason: 'OTHER' },
    });
    expect(projectionOf('activities', event('SessionScheduled', { ...facts, status: 'HELD' }))).toMatchObject({
      session: { status: 'HELD', cancellationReason: null },
    });
  });

  it('keeps the reason code of a cancellation, and drops it when the session is restored', () => {
    const cancelled = event('SessionCancelled', { ...sessionFacts, status: 'CANCELLED', reasonCode: 'LOCKDOWN' }, 2);
    expect(projectionOf('activities', cancelled)).toMatchObject({ session: { status: 'CANCELLED', cancellationReason: 'LOCKDOWN' } });
    expect(projectionOf('activities', event('SessionRestored', { ...sessionFacts, status: 'SCHEDULED' }))).toMatchObject({
      session: { status: 'SCHEDULED', cancellationReason: null },
    });
  });

  it('keeps a moved session at its new times, and a held one as HELD', () => {
    const moved = {
      ...sessionFacts,
      startsAt: '2026-03-09T09:00:00.000Z',
      endsAt: '2026-03-09T11:00:00.000Z',
      status: 'SCHEDULED',
      previousStartsAt: sessionFacts.startsAt,
      previousEndsAt: sessionFacts.endsAt,
      previousLocationId: 'l1',
    };
    expect(projectionOf('activities', event('SessionMoved', moved))).toMatchObject({
      session: { startsAt: new Date('2026-03-09T09:00:00.000Z'), endsAt: new Date('2026-03-09T11:00:00.000Z'), status: 'SCHEDULED' },
    });
    expect(projectionOf('activities', event('SessionHeld', { ...sessionFacts, status: 'HELD' }))).toMatchObject({
      session: { id: 's1', status: 'HELD', cancellationReason: null },
    });
  });

  const mark = (code: string | null, previousCode: string | null = null, absenceReason: string | null = null) =>
    projectionOf(
      'participants',
      event('AttendanceMarked', {
        sessionId: 's1',
        participantId: 'p1',
        enrolmentId: 'e1',
        activityId: 'a1',
        code,
        absenceReason,
        previousCode,
        sessionStartsAt: sessionFacts.startsAt,
        recordedAt: '2026-03-02T09:05:00.000Z',
      }),
    );

  it('keeps a mark by session and participant, without the enrolment; a removed mark takes it out', () => {
    expect(mark('ABSENT_EXCUSED', 'PRESENT', 'SICK')).toEqual({
      kind: 'mark',
      mark: {
        sessionId: 's1',
        participantId: 'p1',
        activityId: 'a1',
        code: 'ABSENT_EXCUSED',
        absenceReason: 'SICK',
        recordedAt: new Date('2026-03-02T09:05:00.000Z'),
      },
    });
    expect(mark(null, 'SESSION_CANCELLED')).toEqual({ kind: 'unmark', mark: { sessionId: 's1', participantId: 'p1' } });
  });

  it('keeps a follow-up from its opening to its closing, codes only', () => {
    const ids = { followUpId: 'f1', enrolmentId: 'e1', participantId: 'p1', activityId: 'a1', prisonId: 'HAREN', trigger: 'ABSENCES' };
    expect(projectionOf('participants', event('FollowUpOpened', { ...ids, absencesInRow: 3 }))).toEqual({
      kind: 'followUpOpened',
      followUp: {
        id: 'f1',
        participantId: 'p1',
        activityId: 'a1',
        prisonId: 'HAREN',
        trigger: 'ABSENCES',
        absencesInRow: 3,
        openedAt: new Date('2026-03-01T10:00:00.000Z'),
      },
    });
    const closed = { ...ids, status: 'DONE', reasons: ['HEALTH', 'LEVEL'], outcome: 'NEXT_EDITION', heldOn: '2026-03-05', cause: null };
    expect(projectionOf('participants', event('FollowUpClosed', closed))).toEqual({
      kind: 'followUpClosed',
      followUp: {
        id: 'f1',
        participantId: 'p1',
        status: 'DONE',
        reasons: ['HEALTH', 'LEVEL'],
        outcome: 'NEXT_EDITION',
        heldOn: new Date('2026-03-05T00:00:00.000Z'),
        cause: null,
        closedAt: new Date('2026-03-01T10:00:00.000Z'),
      },
    });
  });

  it('records a participant entering ENROLLED and when it was requested, and nothing for other moves', () => {
    const change = (from: string | null, to: string) =>
      projectionOf(
        'participants',
        event('EnrolmentChanged', { enrolmentId: 'e1', participantId: 'p1', activityId: 'a1', from, to, waitlistPosition: null }),
      );
    const at = new Date('2026-03-01T10:00:00.000Z');
    const ids = { participantId: 'p1', activityId: 'a1' };
    expect(change('WAITLISTED', 'ENROLLED')).toEqual({ kind: 'enrolment', enrolment: { ...ids, enrolledAt: at }, requestedAt: null });
    expect(change(null, 'ENROLLED')).toEqual({ kind: 'enrolment', enrolment: { ...ids, enrolledAt: at }, requestedAt: at });
    expect(change(null, 'REQUESTED')).toEqual({ kind: 'request', request: { ...ids, requestedAt: at } });
    expect(change('IN_SCREENING', 'REJECTED')).toEqual({ kind: 'requestEnded', request: ids });
    expect(change('REQUESTED', 'IN_SCREENING')).toBeNull();
    for (const to of ['REQUESTED', 'IN_SCREENING', 'WAITLISTED', 'WITHDRAWN', 'DROPPED_OUT', 'COMPLETED', 'REJECTED'])
      expect(change('ENROLLED', to)).toBeNull();
  });

  it('records when a participant left, released or transferred, at the time of the event', () => {
    const facts = { participantId: 'p1', prisonId: 'HAREN', gender: 'MALE', legalStatus: 'CONVICTED' };
    expect(projectionOf('participants', event('ParticipantReleased', { ...facts, status: 'RELEASED' }))).toEqual({
      kind: 'exit',
      exit: { participantId: 'p1', leftAt: new Date('2026-03-01T10:00:00.000Z') },
    });
    expect(
      projectionOf('participants', event('ParticipantTransferred', { ...facts, status: 'TRANSFERRED', transferredTo: 'GENT' })),
    ).toEqual({ kind: 'exit', exit: { participantId: 'p1', leftAt: new Date('2026-03-01T10:00:00.000Z') } });
    expect(projectionOf('participants', event('ParticipantUpdated', { ...facts, status: 'IN_CUSTODY' }))).toEqual({
      kind: 'participant',
      participant: { participantId: 'p1', gender: 'MALE', legalStatus: 'CONVICTED' },
    });
    expect(projectionOf('activities', event('ParticipantReleased', { ...facts, status: 'RELEASED' }))).toBeNull();
  });

  it('keeps a person with their kind and a status from its day, an agreement with its validity, an action with its plan', () => {
    const person = {
      personId: 'p1',
      organisationId: 'o1',
      kind: 'VOLUNTEER',
      prisonIds: ['GENT'],
      status: 'SUSPENDED',
      statusSince: '2026-02-01',
    };
    expect(projectionOf('organisations', event('PersonStatusChanged', person))).toEqual({
      kind: 'person',
      person: { id: 'p1', organisationId: 'o1', kind: 'VOLUNTEER' },
      status: { personId: 'p1', since: new Date('2026-02-01T00:00:00Z'), status: 'SUSPENDED' },
    });
    const agreement = {
      agreementId: 'g1',
      organisationId: 'o1',
      kind: 'RECOGNITION',
      prisonIds: [],
      validFrom: '2026-01-01',
      validUntil: null,
    };
    expect(projectionOf('organisations', event('AgreementRecorded', agreement))).toEqual({
      kind: 'agreement',
      agreement: {
        id: 'g1',
        organisationId: 'o1',
        kind: 'RECOGNITION',
        prisonIds: [],
        validFrom: new Date('2026-01-01T00:00:00Z'),
        validUntil: null,
      },
    });
    const action = {
      actionId: 'x1',
      actionPlanId: 'ap1',
      prisonId: 'GENT',
      year: 2026,
      ownerOrganisationId: 'o1',
      status: 'DONE',
      dueOn: '2026-06-30',
    };
    expect(projectionOf('organisations', event('ActionUpdated', action))).toMatchObject({
      kind: 'action',
      action: { id: 'x1', year: 2026, status: 'DONE' },
    });
    // An activity's facilitators are kept when the event has them, and left as they were when it has not.
    expect(projectionOf('activities', event('ActivityUpdated', { ...activityFacts, facilitatorIds: ['p1'] }))).toMatchObject({
      activity: { facilitatorIds: ['p1'] },
    });
    expect(projectionOf('activities', event('ActivityUpdated', activityFacts))).not.toHaveProperty('activity.facilitatorIds');
  });

  it('skips event types it does not know, and each producer reads only its own', () => {
    expect(projectionOf('activities', event('SomethingNotYetFollowed', {}))).toBeNull();
    expect(projectionOf('participants', event('FollowUpNudged', { participantId: 'p1', prisonId: 'HAREN' }))).toBeNull();
    expect(projectionOf('participants', event('ActivityCreated', activityFacts))).toBeNull();
    expect(projectionOf('activities', event('EnrolmentChanged', { participantId: 'p1', activityId: 'a1', to: 'ENROLLED' }))).toBeNull();
    expect(projectionOf('organisations', event('ActivityCreated', activityFacts))).toBeNull();
  });
});
