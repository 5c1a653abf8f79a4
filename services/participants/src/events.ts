import { defineCatalogue, type PayloadOf } from '@cort/events';
import { z } from 'zod';
import { CLOSE_CAUSES, DROPOUT_REASONS, FOLLOW_UP_OUTCOMES, FOLLOW_UP_TRIGGERS } from './domain/follow-up';
import { SUSPENSION_REASONS } from './domain/suspension';

// The participants service's event catalogue: its public contract beside schema.graphql, imported by its
// consumers as `@cort/participants/events`. Ids, codes and statuses only: a participant's name, detainee
// number, languages, section and notes never leave this service. Ids are opaque strings here (the
// consumers' tests use short ones); every payload is version 1, as it has been on the feed since it began.

const id = z.string().min(1);
const gender = z.enum(['MALE', 'FEMALE']);
const legalStatus = z.enum(['SUSPECT', 'CONVICTED', 'INTERNED']);
const custodyStatus = z.enum(['IN_CUSTODY', 'RELEASED', 'TRANSFERRED']);
const enrolmentStatus = z.enum([
  'REQUESTED',
  'IN_SCREENING',
  'ENROLLED',
  'WAITLISTED',
  'COMPLETED',
  'DROPPED_OUT',
  'WITHDRAWN',
  'REJECTED',
]);

/** A participant as they now are, in categories only; `transferredTo` is there once they were transferred. */
const participantFacts = z.object({
  participantId: id,
  prisonId: id,
  gender,
  legalStatus,
  status: custodyStatus,
  transferredTo: id.optional(),
});

/** One change of an enrolment's status; `from` is null for a new request. */
const enrolmentChange = z.object({
  enrolmentId: id,
  participantId: id,
  activityId: id,
  from: enrolmentStatus.nullable(),
  to: enrolmentStatus,
  waitlistPosition: z.number().int().positive().nullable(),
});

/** Which follow-up, of which enrolment, participant, activity and prison: ids only. */
const followUpIds = {
  followUpId: id,
  enrolmentId: id,
  participantId: id,
  activityId: id,
  prisonId: id,
  trigger: z.enum(FOLLOW_UP_TRIGGERS),
};

/** A follow-up opened: `absencesInRow` counts the unexcused absences and refusals in a row (ABSENCES), else null. */
const followUpOpened = z.object({ ...followUpIds, absencesInRow: z.number().int().positive().nullable() });

/**
 * A follow-up closed: DONE by the conversation (its reasons, outcome and the calendar day it was held), or
 * CLOSED by the system with the cause (no reasons, no outcome). Never the conversation's note.
 */
const followUpClosed = z.object({
  ...followUpIds,
  status: z.enum(['DONE', 'CLOSED']),
  reasons: z.array(z.enum(DROPOUT_REASONS)),
  outcome: z.enum(FOLLOW_UP_OUTCOMES).nullable(),
  heldOn: z.iso.date().nullable(),
  cause: z.enum(CLOSE_CAUSES).nullable(),
});

const attendanceCode = z.enum(['PRESENT', 'ABSENT_EXCUSED', 'ABSENT_UNEXCUSED', 'REFUSED', 'CLASH', 'NOT_REQUIRED', 'SESSION_CANCELLED']);
const absenceReason = z.enum([
  'SICK',
  'COURT',
  'LAWYER',
  'VISIT',
  'WORK',
  'OTHER_ACTIVITY',
  'NOT_BROUGHT_BY_PRISON',
  'SECURITY_MEASURE',
  'OTHER',
]);

/**
 * A participant's mark at a session, recorded or changed: `previousCode` is null for a first mark, and
 * `code` null when the mark was removed (a cancelled session restored). Never the note.
 */
const attendanceMarked = z.object({
  sessionId: id,
  participantId: id,
  enrolmentId: id,
  activityId: id,
  code: attendanceCode.nullable(),
  absenceReason: absenceReason.nullable(),
  previousCode: attendanceCode.nullable(),
  /** The session's start, so a consumer orders marks as the rule of three does. */
  sessionStartsAt: z.iso.datetime(),
  recordedAt: z.iso.datetime(),
});

/** A suspension of an enrolment: ids, the reason code and the Belgian calendar days asked (both included); never the note. */
const enrolmentSuspended = z.object({
  suspensionId: id,
  enrolmentId: id,
  participantId: id,
  activityId: id,
  prisonId: id,
  reason: z.enum(SUSPENSION_REASONS),
  from: z.iso.date(),
  until: z.iso.date(),
});

/** A suspension ended early: the moment its period now ends (its start, when it had not begun) and when that was decided. */
const enrolmentResumed = enrolmentSuspended.extend({ endsAt: z.iso.datetime(), resumedAt: z.iso.datetime() });

/** Feedback forms entered for an activity on one day: the scores only, shuffled; never a comment, a participant or a session. */
const score = z.number().int().min(1).max(5);
const feedbackRecorded = z.object({
  activityId: id,
  prisonId: id,
  receivedOn: z.iso.date(),
  forms: z.array(z.object({ formId: id, satisfaction: score, learned: score, atmosphere: score, wouldRecommend: z.boolean() })),
});

export const participantsEvents = defineCatalogue('participants', {
  ParticipantRegistered: {
    version: 1,
    description: 'A coordinator registered a detainee of their prison as a participant.',
    payload: participantFacts,
  },
  ParticipantUpdated: {
    version: 1,
    description: "A participant's profile changed; the payload is the participant as they now are.",
    payload: participantFacts,
  },
  ParticipantReleased: {
    version: 1,
    description: 'The participant was released: their record is closed and their open enrolments withdrawn.',
    payload: participantFacts,
  },
  ParticipantTransferred: {
    version: 1,
    description:
      'The participant was transferred to another prison (transferredTo): their record is closed and their open enrolments withdrawn.',
    payload: participantFacts,
  },
  EnrolmentChanged: {
    version: 1,
    description: "An enrolment was requested or changed status (a waiting list's promotions included), with its waiting-list place.",
    payload: enrolmentChange,
  },
  FollowUpOpened: {
    version: 1,
    description:
      'A dropout follow-up was opened for an enrolment: it was marked DROPPED_OUT, or had three unexcused absences or refusals in a row (ABSENCES).',
    payload: followUpOpened,
  },
  FollowUpClosed: {
    version: 1,
    description:
      'A dropout follow-up was closed: DONE after the feedback conversation (reasons and outcome), or CLOSED by the system when the participant was released or transferred (cause).',
    payload: followUpClosed,
  },
  AttendanceMarked: {
    version: 1,
    description:
      "A participant's attendance mark at a session was recorded, changed or removed (code null: a cancelled session was restored); the system's SESSION_CANCELLED marks included.",
    payload: attendanceMarked,
  },
  EnrolmentSuspended: {
    version: 1,
    description:
      'An enrolled participant cannot come for a while (reason code, first and last day) and keeps their place: not expected at the sessions in that period.',
    payload: enrolmentSuspended,
  },
  EnrolmentResumed: {
    version: 1,
    description: "An enrolment's suspension was ended early (endsAt), or cancelled before it began (endsAt is its start).",
    payload: enrolmentResumed,
  },
  FeedbackRecorded: {
    version: 1,
    description: "Anonymous feedback forms of an activity were entered: each form's scores, in no particular order, and the day.",
    payload: feedbackRecorded,
  },
});

export type ParticipantsCatalogue = typeof participantsEvents;
export type ParticipantFacts = PayloadOf<ParticipantsCatalogue, 'ParticipantRegistered'>;
export type EnrolmentChangedPayload = PayloadOf<ParticipantsCatalogue, 'EnrolmentChanged'>;
export type AttendanceMarkedPayload = PayloadOf<ParticipantsCatalogue, 'AttendanceMarked'>;
export type FollowUpOpenedPayload = PayloadOf<ParticipantsCatalogue, 'FollowUpOpened'>;
export type FollowUpClosedPayload = PayloadOf<ParticipantsCatalogue, 'FollowUpClosed'>;
export type EnrolmentSuspendedPayload = PayloadOf<ParticipantsCatalogue, 'EnrolmentSuspended'>;
export type EnrolmentResumedPayload = PayloadOf<ParticipantsCatalogue, 'EnrolmentResumed'>;
export type FeedbackRecordedPayload = PayloadOf<ParticipantsCatalogue, 'FeedbackRecorded'>;
/** The events about a participant's record itself (the others are about their enrolments, marks and follow-ups). */
export type ParticipantEventType = 'ParticipantRegistered' | 'ParticipantUpdated' | 'ParticipantReleased' | 'ParticipantTransferred';
