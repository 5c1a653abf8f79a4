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
  at = new Date(),
) =>
  event(
    'EnrolmentChanged',
    {
      enrolmentId: `${participantId}-${activityId}`,
      participantId,
      activityId,
      from,
      to,
      waitlistPosition: null,
    } satisfies EnrolmentChange,
    at,
  );

/** A participant registered or updated: their target group, in custody. */
export const participant = (
  participantId: string,
  gender: ParticipantFacts['gender'],
  legalStatus: ParticipantFacts['legalStatus'],
  type: 'ParticipantRegistered' | 'ParticipantUpdated' = 'ParticipantRegistered',
) => event(type, { participantId, prisonId: 'HAREN', gender, legalStatus, status: 'IN_CUSTODY' } satisfies ParticipantFacts);

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

type Mark = PayloadOf<Participants, 'AttendanceMarked'>;
type FollowUpClosed = PayloadOf<Participants, 'FollowUpClosed'>;
type SessionCancelled = PayloadOf<Activities, 'SessionCancelled'>;

/** A cancellation with its reason code, as the activities service now writes it (version 2). */
export const cancellation = (
  sessionId: string,
  activityId: string,
  startsAt: string,
  reasonCode: SessionCancelled['reasonCode'],
  hours = 2,
) =>
  event(
    'SessionCancelled',
    {
      ...(session(sessionId, activityId, startsAt, hours, 'CANCELLED').payload as SessionFacts),
      reasonCode,
    } satisfies SessionCancelled,
    new Date(),
    2,
  );

/** A session event carrying the session's facts: held, restored, or moved (to new times, previous ones given). */
export const sessionEvent = (
  type: 'SessionHeld' | 'SessionRestored' | 'SessionMoved',
  sessionId: string,
  activityId: string,
  startsAt: string,
  hours = 2,
  previousStartsAt = startsAt,
) => {
  const facts = session(sessionId, activityId, startsAt, hours, type === 'SessionHeld' ? 'HELD' : 'SCHEDULED').payload as SessionFacts;
  const moved = {
    previousStartsAt,
    previousEndsAt: new Date(new Date(previousStartsAt).getTime() + hours * 3_600_000).toISOString(),
    previousLocationId: 'room',
  };
  return event(type, type === 'SessionMoved' ? { ...facts, ...moved } : facts);
};

/** A mark recorded, changed (previousCode) or removed (code null) by the participants service. */
export const mark = (
  sessionId: string,
  participantId: string,
  activityId: string,
  code: Mark['code'],
  options: { previousCode?: Mark['previousCode']; absenceReason?: Mark['absenceReason']; recordedAt?: string } = {},
) =>
  event('AttendanceMarked', {
    sessionId,
    participantId,
    enrolmentId: `${participantId}-${activityId}`,
    activityId,
    code,
    absenceReason: options.absenceReason ?? (code === 'ABSENT_EXCUSED' ? 'SICK' : null),
    previousCode: options.previousCode ?? null,
    sessionStartsAt: '2026-02-02T09:00:00.000Z',
    recordedAt: options.recordedAt ?? new Date().toISOString(),
  } satisfies Mark);

const followUpIds = (followUpId: string, participantId: string, activityId: string) => ({
  followUpId,
  enrolmentId: `${participantId}-${activityId}`,
  participantId,
  activityId,
  prisonId: 'HAREN',
});

export const followUpOpened = (followUpId: string, participantId: string, activityId: string, absencesInRow: number | null = 3) =>
  event('FollowUpOpened', {
    ...followUpIds(followUpId, participantId, activityId),
    trigger: absencesInRow === null ? 'DROPPED_OUT' : 'ABSENCES',
    absencesInRow,
  } satisfies PayloadOf<Participants, 'FollowUpOpened'>);

export const followUpClosed = (
  followUpId: string,
  participantId: string,
  activityId: string,
  closing: Pick<FollowUpClosed, 'status' | 'reasons' | 'outcome' | 'heldOn' | 'cause'>,
) =>
  event('FollowUpClosed', {
    ...followUpIds(followUpId, participantId, activityId),
    trigger: 'ABSENCES',
    ...closing,
  } satisfies FollowUpClosed);
