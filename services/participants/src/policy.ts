import type { Caller } from '@cort/auth';
import type { AuditSubjects, Policy, Rule } from '@cort/subgraph';
import { canManageParticipantsOf, canReadParticipantsOf, includesView, type ParticipantView } from './domain/participant-access';

/**
 * Who may see and change what in the participants service: every root field, every field of a
 * participant, an enrolment or its history, and every reference, deny by default. The object-level
 * decisions that need a loaded participant (their prison) are the functions of domain/participant-access.ts,
 * called by the resolvers; docs/ACCESS.md is generated from this file.
 */

const READERS = {
  POLICY_COORDINATOR: 'participants of their prisons',
  COORDINATOR: 'participants of their prisons',
  PRISON_STAFF: 'participants of their prisons',
} as const;
const MANAGERS = { POLICY_COORDINATOR: 'their prisons', COORDINATOR: 'their prisons' } as const;
const PARTNERS = {
  PARTNER_STAFF: "participants of their organisation's activities",
  VOLUNTEER: 'participants of the activities they facilitate',
} as const;
const SIGNED_IN = {
  POLICY_COORDINATOR: 'their prisons',
  COORDINATOR: 'their prisons',
  PRISON_STAFF: 'their prisons',
  ANALYST: 'their prisons',
  PARTNER_STAFF: "their organisation's activities",
  VOLUNTEER: 'the activities they facilitate',
} as const;

/** A field of a participant, shown from a view on (the view the participant was handed out with). */
const participantField = (data: string, needed: ParticipantView): Rule => ({
  data,
  who:
    needed === 'FULL' ? READERS : needed === 'STAFF' ? { ...READERS, PARTNER_STAFF: PARTNERS.PARTNER_STAFF } : { ...READERS, ...PARTNERS },
  allows: (_caller, participant: { view?: ParticipantView }) => participant.view !== undefined && includesView(participant.view, needed),
});

const enrolmentField: Rule = {
  data: 'ENROLMENTS',
  who: { ...READERS, PARTNER_STAFF: "enrolments in their organisation's activities" },
};
const forManagers = (data: string): Rule => ({ data, who: MANAGERS });

export const participantsPolicy: Policy = {
  service: 'participants',
  categories: {
    PARTICIPANT_NAME: { personal: true, description: 'Display name (first name and initial), participant id, prison' },
    DETAINEE_NUMBER: { personal: true, description: 'Detainee number, to find the person in the prison' },
    PARTICIPANT_PROFILE: {
      personal: true,
      description: 'Full name, gender, legal status (criminal-offence data), languages, section',
    },
    CUSTODY: { personal: true, description: 'Custody status, registration date, transfer' },
    ENROLMENTS: { personal: true, description: "A person's enrolments in activities, their statuses and history" },
    DATA_EXPORT: { personal: true, description: 'Everything held about one participant (GDPR Art. 15)' },
    ENROLMENT_FIGURES: { personal: false, description: 'Counts of enrolled and waiting participants per activity' },
    ROLL_CALL: { personal: true, description: 'Who is expected at a session (through the participant fields above)' },
  },
  personalTypes: ['Participant', 'Enrolment', 'EnrolmentChange', 'ParticipantDataExport'],
  rules: {
    'Query.participants': {
      data: 'PARTICIPANT_PROFILE',
      who: READERS,
      allows: (caller: Caller, _parent, args: { prisonId: string }) => canReadParticipantsOf(caller, args.prisonId),
    },
    'Query.participant': { data: 'PARTICIPANT_PROFILE', who: READERS },
    'Query.participantDataExport': { data: 'DATA_EXPORT', who: MANAGERS },

    'Mutation.registerParticipant': {
      data: 'PARTICIPANT_PROFILE',
      who: MANAGERS,
      allows: (caller: Caller, _parent, args: { input: { prisonId: string } }) => canManageParticipantsOf(caller, args.input.prisonId),
    },
    'Mutation.updateParticipant': forManagers('PARTICIPANT_PROFILE'),
    'Mutation.recordRelease': forManagers('CUSTODY'),
    'Mutation.recordTransfer': forManagers('CUSTODY'),
    'Mutation.requestEnrolment': forManagers('ENROLMENTS'),
    'Mutation.decideScreening': forManagers('ENROLMENTS'),
    'Mutation.completeEnrolment': forManagers('ENROLMENTS'),
    'Mutation.markDroppedOut': forManagers('ENROLMENTS'),
    'Mutation.withdrawEnrolment': forManagers('ENROLMENTS'),

    'Participant.id': participantField('PARTICIPANT_NAME', 'NAME'),
    'Participant.displayName': participantField('PARTICIPANT_NAME', 'NAME'),
    'Participant.prison': participantField('PARTICIPANT_NAME', 'NAME'),
    'Participant.detaineeNumber': participantField('DETAINEE_NUMBER', 'STAFF'),
    'Participant.firstName': participantField('PARTICIPANT_PROFILE', 'FULL'),
    'Participant.lastName': participantField('PARTICIPANT_PROFILE', 'FULL'),
    'Participant.gender': participantField('PARTICIPANT_PROFILE', 'FULL'),
    'Participant.legalStatus': participantField('PARTICIPANT_PROFILE', 'FULL'),
    'Participant.languages': participantField('PARTICIPANT_PROFILE', 'FULL'),
    'Participant.section': participantField('PARTICIPANT_PROFILE', 'FULL'),
    'Participant.status': participantField('CUSTODY', 'FULL'),
    'Participant.registeredAt': participantField('CUSTODY', 'FULL'),
    'Participant.transferredTo': participantField('CUSTODY', 'FULL'),
    'Participant.enrolments': participantField('ENROLMENTS', 'FULL'),

    'Enrolment.id': enrolmentField,
    'Enrolment.status': enrolmentField,
    'Enrolment.waitlistPosition': enrolmentField,
    'Enrolment.createdAt': enrolmentField,
    'Enrolment.participant': enrolmentField,
    'Enrolment.activity': enrolmentField,
    'Enrolment.history': enrolmentField,
    'EnrolmentChange.from': enrolmentField,
    'EnrolmentChange.to': enrolmentField,
    'EnrolmentChange.by': enrolmentField,
    'EnrolmentChange.at': enrolmentField,
    'EnrolmentChange.reason': enrolmentField,

    'ParticipantDataExport.participantId': forManagers('DATA_EXPORT'),
    'ParticipantDataExport.generatedAt': forManagers('DATA_EXPORT'),
    'ParticipantDataExport.participants': forManagers('DATA_EXPORT'),

    // The paths that lead to participants and enrolments: lists, pages and payloads.
    'ParticipantEdge.node': { data: 'PARTICIPANT_PROFILE', who: READERS },
    'ParticipantPayload.participant': forManagers('PARTICIPANT_PROFILE'),
    'EnrolmentPayload.enrolment': forManagers('ENROLMENTS'),
    'Activity.enrolments': enrolmentField,
    'Activity.waitingList': enrolmentField,
    'Session.expectedParticipants': { data: 'ROLL_CALL', who: { ...READERS, ...PARTNERS } },

    // Who may follow a reference from another subgraph; the object-level rule is the resolvers' own.
    'Participant.__resolveReference': { data: 'PARTICIPANT_PROFILE', who: READERS },
    'Activity.__resolveReference': { data: 'ENROLMENT_FIGURES', who: SIGNED_IN },
    'Session.__resolveReference': { data: 'ROLL_CALL', who: { ...READERS, ...PARTNERS } },
  },
};

/** Whose data each audited type carries: every admitted read of its personal fields is recorded. */
export const participantsAuditSubjects: AuditSubjects = {
  Participant: (participant: { id: string }) => participant.id,
  Enrolment: (enrolment: { participantId: string }) => enrolment.participantId,
};
