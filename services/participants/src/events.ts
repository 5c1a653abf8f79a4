import { defineCatalogue, type PayloadOf } from '@cort/events';
import { z } from 'zod';

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
});

export type ParticipantsCatalogue = typeof participantsEvents;
export type ParticipantFacts = PayloadOf<ParticipantsCatalogue, 'ParticipantRegistered'>;
export type EnrolmentChangedPayload = PayloadOf<ParticipantsCatalogue, 'EnrolmentChanged'>;
export type ParticipantEventType = Exclude<keyof ParticipantsCatalogue['events'], 'EnrolmentChanged'>;
