import type { DomainEvent } from '@cort/events';

// Events shaped as the activities and participants services write them, for the reporting tests.
let sequence = 0;
export const event = (type: string, payload: Record<string, unknown>, occurredAt = new Date()): DomainEvent => ({
  id: `00000000-0000-4000-8000-${String(++sequence).padStart(12, '0')}`,
  type,
  version: 1,
  occurredAt: occurredAt.toISOString(),
  payload,
});

export const activity = (activityId: string, category: string, prisonId = 'HAREN', type = 'ActivityPublished') =>
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
  });

export const session = (sessionId: string, activityId: string, startsAt: string, hours = 2, status = 'SCHEDULED') =>
  event(status === 'CANCELLED' ? 'SessionCancelled' : 'SessionScheduled', {
    sessionId,
    activityId,
    locationId: 'room',
    startsAt,
    endsAt: new Date(new Date(startsAt).getTime() + hours * 3_600_000).toISOString(),
    status,
  });

export const enrolment = (participantId: string, activityId: string, to = 'ENROLLED', from: string | null = null) =>
  event('EnrolmentChanged', { enrolmentId: `${participantId}-${activityId}`, participantId, activityId, from, to, waitlistPosition: null });

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
    },
    at,
  );
