import type { activitiesEvents } from '@cort/activities/events';
import type { DomainEvent, PayloadOf } from '@cort/events';
import type { participantsEvents } from '@cort/participants/events';

// Events shaped as the activities and participants services write them, for the reporting tests: each
// builder's payload is checked against the producer's catalogue (`satisfies`), so they cannot drift apart.
type Activities = typeof activitiesEvents;
type Participants = typeof participantsEvents;
type ActivityFacts = PayloadOf<Activities, 'ActivityCreated'>;
type SessionFacts = PayloadOf<Activities, 'SessionScheduled'>;
type EnrolmentChange = PayloadOf<Participants, 'EnrolmentChanged'>;
type ParticipantFacts = PayloadOf<Participants, 'ParticipantReleased'>;

let sequence = 0;
export const event = (type: string, payload: Record<string, unknown>, occurredAt = new Date(), version = 1): DomainEvent => ({
  id: `00000000-0000-4000-8000-${String(++sequence).padStart(12, '0')}`,
  type,
  version,
  occurredAt: occurredAt.toISOString(),
  payload,
});

export const activity = (
  activityId: string,
  category: ActivityFacts['category'],
  prisonId = 'HAREN',
  type: 'ActivityCreated' | 'ActivityUpdated' | 'ActivityPublished' | 'ActivityArchived' | 'ActivityCancelled' = 'ActivityPublished',
) =>
  event(type, {
    activityId,
    prisonId,
    organisationId: 'o1',
    category,
    domain: 'CULTURE',
    status: 'PUBLISHED',
    capacity: 10,
    screeningRequired: false,
    genders: ['MALE'],
    legalStatuses: ['CONVICTED'],
    startsOn: '2026-01-01',
    endsOn: '2026-12-31',
  } satisfies ActivityFacts);

export const session = (sessionId: string, activityId: string, startsAt: string, hours = 2, status: SessionFacts['status'] = 'SCHEDULED') =>
  event(status === 'CANCELLED' ? 'SessionCancelled' : 'SessionScheduled', {
    sessionId,
    activityId,
    locationId: 'room',
    startsAt,
    endsAt: new Date(new Date(startsAt).getTime() + hours * 3_600_000).toISOString(),
    status,
  } satisfies SessionFacts);

export const enrolment = (
  participantId: string,
  activityId: string,
  to: EnrolmentChange['to'] = 'ENROLLED',
  from: EnrolmentChange['from'] = null,
) =>
  event('EnrolmentChanged', {
    enrolmentId: `${participantId}-${activityId}`,
    participantId,
    activityId,
    from,
    to,
    waitlistPosition: null,
  } satisfies EnrolmentChange);

/** A release or a transfer, at the time the participant's record was closed. */
export const exit = (participantId: string, at: Date, status: 'RELEASED' | 'TRANSFERRED' = 'RELEASED') =>
  event(
    status === 'RELEASED' ? 'ParticipantReleased' : 'ParticipantTransferred',
    {
      participantId,
      prisonId: 'HAREN',
      gender: 'MALE',
      legalStatus: 'CONVICTED',
      status,
      ...(status === 'TRANSFERRED' ? { transferredTo: 'GENT' } : {}),
    } satisfies ParticipantFacts,
    at,
  );
