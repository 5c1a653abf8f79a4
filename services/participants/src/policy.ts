import { COORDINATORS, PARTICIPANT_READERS, type Caller } from '@cort/auth';
import { forbidden, hasRole, inPrisonAs, type AuditSubjects, type Policy, type Rule, type ScopeRule, type Verdict } from '@cort/subgraph';
import type {
  ActivityView as ActivityViewRow,
  DropoutFollowUp as FollowUpRow,
  EnrolmentReview as ReviewRow,
  Enrolment as EnrolmentRow,
  NonAssociation as NonAssociationRow,
  SecurityAdviceRequest as SecurityAdviceRow,
  Participant as ParticipantRow,
  SessionView as SessionViewRow,
} from './generated/prisma/client';

/**
 * Who may see and change what in the participants service, the one place where a role, prison or
 * organisation is decided: the rules of every root field, every field of a participant, an enrolment or
 * its history and every reference (deny by default; the subgraph kit applies them), then the scope rules
 * and views of the objects they need loaded first (a participant's prison, an activity's organisation and
 * facilitators), applied by the services and references. docs/ACCESS.md is generated from this file.
 */

// ——— Object-level decisions ———

export const canReadParticipantsOf = (caller: Caller, prisonId: string) => inPrisonAs(caller, prisonId, PARTICIPANT_READERS) === true;

export const canManageParticipantsOf = (caller: Caller, prisonId: string) => inPrisonAs(caller, prisonId, COORDINATORS) === true;

/** What the participants service knows of an activity that decides who sees its people. */
export interface ActivityAudience {
  prisonId: string;
  organisationId: string;
  facilitatorIds: readonly string[];
}

/**
 * How much of a participant a caller sees: FULL (coordinators and prison staff of the prison), STAFF
 * (partner staff of the organisation running the activity they take part in: display name and detainee
 * number, to find them in the prison), NAME (a volunteer facilitating that activity: display name only),
 * or nothing. Each field's rule below names the view it needs.
 */
export type ParticipantView = 'FULL' | 'STAFF' | 'NAME';

const RANK: Record<ParticipantView, number> = { NAME: 1, STAFF: 2, FULL: 3 };

export const includesView = (granted: ParticipantView, needed: ParticipantView) => RANK[granted] >= RANK[needed];

/** The partner-side view of an activity's participants, when the caller works on that activity. */
export function partnerViewOf(caller: Caller, activity: ActivityAudience): ParticipantView | null {
  if (caller.kind !== 'user' || !caller.prisons.includes(activity.prisonId)) return null;
  if (hasRole(caller, ['PARTNER_STAFF']) && caller.organisationId === activity.organisationId) return 'STAFF';
  // A volunteer's token subject is their person id, the id activities list as facilitators.
  if (hasRole(caller, ['VOLUNTEER']) && activity.facilitatorIds.includes(caller.sub)) return 'NAME';
  return null;
}

/** The view of a participant seen through an activity (an enrolment, a session's list), if any. */
export function participantViewThrough(
  caller: Caller,
  participantPrisonId: string,
  activity: ActivityAudience | null,
): ParticipantView | null {
  if (canReadParticipantsOf(caller, participantPrisonId)) return 'FULL';
  return activity ? partnerViewOf(caller, activity) : null;
}

/**
 * Who sees an activity's enrolments (statuses, waiting list, history): the readers of its prison and
 * the partner staff of the organisation running it. Volunteers see only who is expected at their sessions.
 */
export function canSeeEnrolmentsOf(caller: Caller, activity: ActivityAudience): boolean {
  return canReadParticipantsOf(caller, activity.prisonId) || partnerViewOf(caller, activity) === 'STAFF';
}

/** A participant as handed to one caller: the row and how much of it that caller may see. */
export type SeenParticipant = ParticipantRow & { view: ParticipantView };

/** Every path that hands out a participant says how much of it the caller sees; there is no default. */
export const seenAs = (participant: ParticipantRow, view: ParticipantView): SeenParticipant => ({ ...participant, view });

// ——— Scope rules: load it; NOT_FOUND when unseen, FORBIDDEN with the reason when seen but not changeable ———

/** A participant: read by the readers of their prison, changed by its coordinators. */
export const participantScope: ScopeRule<ParticipantRow> = {
  what: 'Participant',
  sees: (caller, participant) => canReadParticipantsOf(caller, participant.prisonId),
  changes: (caller, participant) => inPrisonAs(caller, participant.prisonId, COORDINATORS),
};

/** An enrolment, by its participant's prison: the same people as for the participant. */
export const enrolmentScope: ScopeRule<EnrolmentRow & { participant: ParticipantRow }> = {
  what: 'Enrolment',
  sees: (caller, enrolment) => participantScope.sees(caller, enrolment.participant),
  changes: (caller, enrolment) => participantScope.changes!(caller, enrolment.participant),
};

/**
 * A dropout follow-up (why someone stopped coming, the conversation, its outcome): the coordinators and
 * policy coordinators of the participant's prison only. Prison staff, partner staff and volunteers never
 * see one: to them it does not exist.
 */
export const followUpScope: ScopeRule<FollowUpRow> = {
  what: 'DropoutFollowUp',
  sees: (caller, followUp) => canManageParticipantsOf(caller, followUp.prisonId),
  changes: (caller, followUp) => inPrisonAs(caller, followUp.prisonId, COORDINATORS),
};

/** An enrolment under review after a change of circumstances: the coordinators of the participant's prison only. */
export const reviewScope: ScopeRule<ReviewRow> = {
  what: 'EnrolmentReview',
  sees: (caller, review) => canManageParticipantsOf(caller, review.prisonId),
  changes: (caller, review) => inPrisonAs(caller, review.prisonId, COORDINATORS),
};

/**
 * A non-association (two participants kept apart): seen and changed by the coordinators and prison staff of
 * its prison only. To partner staff and volunteers it does not exist: the rules refuse them before anything
 * is loaded, so no answer of theirs depends on whether one does.
 */
export const nonAssociationScope: ScopeRule<NonAssociationRow> = {
  what: 'NonAssociation',
  sees: (caller, nonAssociation) => canReadParticipantsOf(caller, nonAssociation.prisonId),
  changes: (caller, nonAssociation) => inPrisonAs(caller, nonAssociation.prisonId, PARTICIPANT_READERS),
};

/**
 * A request for the prison's security advice: seen by the coordinators and prison staff of its prison,
 * answered by its prison staff (the due day changed by either). To partner staff and volunteers it does not exist.
 */
export const securityAdviceScope: ScopeRule<SecurityAdviceRow> = {
  what: 'SecurityAdviceRequest',
  sees: (caller, request) => canReadParticipantsOf(caller, request.prisonId),
  changes: (caller, request) => inPrisonAs(caller, request.prisonId, PARTICIPANT_READERS),
};

/** An access request's export: only the coordinators of the prison know the participant exists here. */
export const dataExportScope: ScopeRule<ParticipantRow> = {
  what: 'Participant',
  sees: (caller, participant) => canManageParticipantsOf(caller, participant.prisonId),
};

/** A session with the activity that decides who runs it. */
export type SessionWithActivity = SessionViewRow & { activity: ActivityViewRow };

/**
 * A session's attendance: seen by the users of its prison (its time and place are no secret there), so
 * a volunteer who does not facilitate it gets FORBIDDEN with the reason rather than NOT_FOUND; recorded
 * by the coordinators of the prison, the partner staff of the organisation running it and the
 * volunteers facilitating it.
 */
export const attendanceScope: ScopeRule<SessionWithActivity> = {
  what: 'Session',
  sees: (caller, session) => caller.kind === 'user' && caller.prisons.includes(session.activity.prisonId),
  changes: (caller, session) =>
    inPrisonAs(caller, session.activity.prisonId, COORDINATORS) === true ||
    partnerViewOf(caller, session.activity) !== null ||
    'The roll call is recorded by the partner staff of the organisation, the volunteers facilitating the session and the coordinators of the prison.',
};

/**
 * Who records, for the time limits of a roll call: a coordinator of the prison (any time, with a note
 * after the facilitators' window), or a facilitator (partner staff, volunteer: up to 7 days after).
 */
export const attendanceRecorder = (caller: Caller, activity: ActivityAudience): 'COORDINATOR' | 'FACILITATOR' =>
  inPrisonAs(caller, activity.prisonId, COORDINATORS) === true ? 'COORDINATOR' : 'FACILITATOR';

/** An activity's enrolment figures (counts only): for the users of its prison. */
export const seesEnrolmentFigures = (caller: Caller, prisonId: string | undefined): Verdict =>
  (caller.kind === 'user' && !!prisonId && caller.prisons.includes(prisonId)) ||
  'Enrolment figures are for the users of the activity’s prison.';

/** An activity's enrolment lists (see canSeeEnrolmentsOf). */
export const seesEnrolments = (caller: Caller, activity: ActivityAudience): Verdict =>
  canSeeEnrolmentsOf(caller, activity) ||
  'The enrolments are for the coordinators of the prison and the organisation running the activity.';

/**
 * Feedback forms of an activity: entered by those who run it (partner staff of the organisation, the
 * volunteers facilitating it) and the coordinators of its prison; seen to exist by anyone assigned to
 * its prison. Their comments are read by the prison's coordinators only.
 */
export const feedbackScope: ScopeRule<ActivityAudience> = {
  what: 'Activity',
  sees: (caller, activity) => caller.kind === 'user' && caller.prisons.includes(activity.prisonId),
  changes: (caller, activity) =>
    canManageParticipantsOf(caller, activity.prisonId) ||
    partnerViewOf(caller, activity) !== null ||
    'Feedback forms are entered by the facilitators of the activity and the coordinators of the prison.',
};

export const readsFeedbackComments = (caller: Caller, activity: ActivityAudience): Verdict =>
  inPrisonAs(caller, activity.prisonId, COORDINATORS);

/** Applies a decision of this module where its object was loaded: FORBIDDEN with the reason unless allowed. */
export function refuseUnless(verdict: Verdict): void {
  if (verdict !== true) throw forbidden(typeof verdict === 'string' ? verdict : undefined);
}

const viewOrRefuse = (view: ParticipantView | null, reason: string): ParticipantView => {
  if (!view) throw forbidden(reason);
  return view;
};

/** Who is expected at a session, seen through its activity as much as the caller's view allows; FORBIDDEN without one. */
export const rollCallView = (caller: Caller, activity: ActivityAudience): ParticipantView =>
  viewOrRefuse(
    participantViewThrough(caller, activity.prisonId, activity),
    'Who is expected is for the people running the session and the coordinators of the prison.',
  );

/** An enrolment's participant, seen through the enrolment's activity; FORBIDDEN without a view. */
export const enrolledParticipantView = (caller: Caller, participant: { prisonId: string } | null, activity: ActivityAudience | null) =>
  viewOrRefuse(participant && participantViewThrough(caller, participant.prisonId, activity), 'You may not see this participant.');

// ——— Rules ———

const READERS = {
  POLICY_COORDINATOR: 'participants of their prisons',
  COORDINATOR: 'participants of their prisons',
  PRISON_STAFF: 'participants of their prisons',
} as const;
const MANAGERS = { POLICY_COORDINATOR: 'their prisons', COORDINATOR: 'their prisons' } as const;
const PARTNER_SCOPES = {
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
    needed === 'FULL'
      ? READERS
      : needed === 'STAFF'
        ? { ...READERS, PARTNER_STAFF: PARTNER_SCOPES.PARTNER_STAFF }
        : { ...READERS, ...PARTNER_SCOPES },
  allows: (_caller, participant: { view?: ParticipantView }) => participant.view !== undefined && includesView(participant.view, needed),
});

/** A field of a non-association or its history: for the readers of its prison, whatever path led there. */
const nonAssociationField: Rule = {
  data: 'NON_ASSOCIATIONS',
  who: READERS,
  allows: (caller: Caller, nonAssociation: { prisonId: string }) => inPrisonAs(caller, nonAssociation.prisonId, PARTICIPANT_READERS),
};

/** A field of a request for security advice: for the readers of its prison, whatever path led there. */
const adviceField: Rule = {
  data: 'SECURITY_ADVICE',
  who: READERS,
  allows: (caller: Caller, request: { prisonId: string }) => inPrisonAs(caller, request.prisonId, PARTICIPANT_READERS),
};

const enrolmentField: Rule = {
  data: 'ENROLMENTS',
  who: { ...READERS, PARTNER_STAFF: "enrolments in their organisation's activities" },
};
const forManagers = (data: string): Rule => ({ data, who: MANAGERS });
/** A field of a review: for the coordinators of the review's prison, whatever path led there. */
const reviewField: Rule = {
  data: 'REVIEWS',
  who: { POLICY_COORDINATOR: 'reviews in their prisons', COORDINATOR: 'reviews in their prisons' },
  allows: (caller: Caller, review: { prisonId: string }) => inPrisonAs(caller, review.prisonId, COORDINATORS),
};
/** A suspension (why someone cannot come): the readers of the participant's prison, whatever path led there. */
const suspensionField: Rule = {
  data: 'SUSPENSIONS',
  who: READERS,
  allows: (caller: Caller, suspension: { prisonId: string }) => canReadParticipantsOf(caller, suspension.prisonId),
};
/** Marks are read wherever the session's roll call is (the service hands them out only through it). */
const ATTENDANCE_READ: Rule = { data: 'ATTENDANCE', who: { ...READERS, ...PARTNER_SCOPES } };
const ATTENDANCE_WRITE: Rule = {
  data: 'ATTENDANCE',
  who: { ...MANAGERS, PARTNER_STAFF: "sessions of their organisation's activities", VOLUNTEER: 'the sessions they facilitate' },
};

/** A field of a follow-up or its conversation: for the coordinators of the follow-up's prison, whatever path led there. */
const followUpField: Rule = {
  data: 'FOLLOW_UPS',
  who: { POLICY_COORDINATOR: 'follow-ups in their prisons', COORDINATOR: 'follow-ups in their prisons' },
  allows: (caller: Caller, followUp: { prisonId: string }) => inPrisonAs(caller, followUp.prisonId, COORDINATORS),
};

export const participantsPolicy: Policy = {
  service: 'participants',
  categories: {
    FEEDBACK: {
      personal: false,
      description: 'Anonymous feedback forms of an activity (scores, would recommend); linked to no participant or session',
    },
    FEEDBACK_COMMENTS: {
      personal: true,
      description: 'The free-text comments of feedback forms, which may name people; never reported or exported',
    },
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
    ATTENDANCE: { personal: true, description: "A participant's attendance marks: code, absence reason, note, when recorded" },
    SUSPENSIONS: {
      personal: true,
      description: 'Periods an enrolled participant cannot come: days, reason (isolation, hospital, court), note',
    },
    MOVEMENT_LIST: {
      personal: true,
      description: 'Who is brought to which session on a day (through the participant fields above)',
    },
    REVIEWS: {
      personal: true,
      description: 'Enrolments under review after a change of gender or legal status: causes, decision, note',
    },
    NON_ASSOCIATIONS: {
      personal: true,
      description: 'Who must be kept apart from whom: the pair, the reason, the note, who recorded, closed or reopened it and why',
    },
    SECURITY_ADVICE: {
      personal: true,
      description: "The prison's security advice in a screening: the request, its due day, the advice, its conditions and reason",
    },
    FOLLOW_UPS: {
      personal: true,
      description: 'Dropout follow-ups: what opened them, the conversation (day, reasons, outcome, note), how they closed',
    },
  },
  personalTypes: [
    'EnrolmentReview',
    'EnrolmentSuspension',
    'Participant',
    'Enrolment',
    'EnrolmentChange',
    'ParticipantDataExport',
    'AttendanceMark',
    'RollCallEntry',
    'DropoutFollowUp',
    'FollowUpConversation',
    'NonAssociation',
    'NonAssociationChange',
    'EnrolmentCheck',
    'SecurityAdviceRequest',
  ],
  rules: {
    'Query.participants': {
      data: 'PARTICIPANT_PROFILE',
      who: READERS,
      allows: (caller: Caller, _parent, args: { prisonId: string }) => inPrisonAs(caller, args.prisonId, PARTICIPANT_READERS),
    },
    'Query.participant': { data: 'PARTICIPANT_PROFILE', who: READERS },
    'Query.participantDataExport': { data: 'DATA_EXPORT', who: MANAGERS },
    'Query.dropoutFollowUps': {
      data: 'FOLLOW_UPS',
      who: MANAGERS,
      allows: (caller: Caller, _parent, args: { prisonId: string }) => inPrisonAs(caller, args.prisonId, COORDINATORS),
    },
    'Mutation.recordFollowUpConversation': forManagers('FOLLOW_UPS'),
    'Mutation.recordNonAssociation': {
      data: 'NON_ASSOCIATIONS',
      who: READERS,
      allows: (caller: Caller, _parent, args: { input: { prisonId: string } }) =>
        inPrisonAs(caller, args.input.prisonId, PARTICIPANT_READERS),
    },
    // Which non-association is decided by nonAssociationScope (its prison).
    'Mutation.closeNonAssociation': { data: 'NON_ASSOCIATIONS', who: READERS },
    'Mutation.reopenNonAssociation': { data: 'NON_ASSOCIATIONS', who: READERS },

    'Mutation.registerParticipant': {
      data: 'PARTICIPANT_PROFILE',
      who: MANAGERS,
      allows: (caller: Caller, _parent, args: { input: { prisonId: string } }) => inPrisonAs(caller, args.input.prisonId, COORDINATORS),
    },
    'Mutation.updateParticipant': forManagers('PARTICIPANT_PROFILE'),
    'Mutation.recordRelease': forManagers('CUSTODY'),
    'Mutation.recordTransfer': forManagers('CUSTODY'),
    'Query.enrolmentCheck': forManagers('ENROLMENTS'),
    'Query.securityAdviceRequests': {
      data: 'SECURITY_ADVICE',
      who: READERS,
      allows: (caller: Caller, _parent, args: { prisonId: string }) => inPrisonAs(caller, args.prisonId, PARTICIPANT_READERS),
    },
    // Which request is decided by securityAdviceScope (its prison); the prison staff give the advice.
    'Mutation.giveSecurityAdvice': { data: 'SECURITY_ADVICE', who: { PRISON_STAFF: 'their prisons' } },
    'Mutation.changeSecurityAdviceDueOn': { data: 'SECURITY_ADVICE', who: READERS },
    'Mutation.requestEnrolment': forManagers('ENROLMENTS'),
    'Mutation.decideScreening': forManagers('ENROLMENTS'),
    'Mutation.completeEnrolment': forManagers('ENROLMENTS'),
    'Mutation.markDroppedOut': forManagers('ENROLMENTS'),
    'Mutation.withdrawEnrolment': forManagers('ENROLMENTS'),
    'Query.enrolmentReviews': {
      data: 'REVIEWS',
      who: MANAGERS,
      allows: (caller: Caller, _parent, args: { prisonId: string }) => inPrisonAs(caller, args.prisonId, COORDINATORS),
    },
    'Mutation.decideEnrolmentReview': forManagers('REVIEWS'),
    'Query.movementList': {
      data: 'MOVEMENT_LIST',
      who: READERS,
      allows: (caller: Caller, _parent, args: { prisonId: string }) => inPrisonAs(caller, args.prisonId, PARTICIPANT_READERS),
    },
    'Mutation.suspendEnrolment': forManagers('SUSPENSIONS'),
    'Mutation.resumeEnrolment': forManagers('SUSPENSIONS'),
    // Which session is decided by attendanceScope (the organisation, the facilitators, the prison).
    'Mutation.recordAttendance': ATTENDANCE_WRITE,

    'Participant.id': participantField('PARTICIPANT_NAME', 'NAME'),
    'Participant.nodeId': participantField('PARTICIPANT_NAME', 'NAME'),
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
    'Participant.nonAssociations': participantField('NON_ASSOCIATIONS', 'FULL'),

    'Enrolment.id': enrolmentField,
    'Enrolment.status': enrolmentField,
    'Enrolment.waitlistPosition': enrolmentField,
    'Enrolment.createdAt': enrolmentField,
    // Who asked and when: the coordinators who screen and place, not partner staff.
    'Enrolment.requester': forManagers('ENROLMENTS'),
    'Enrolment.requestedOn': forManagers('ENROLMENTS'),
    'Enrolment.participant': enrolmentField,
    'Enrolment.activity': enrolmentField,
    'Enrolment.history': enrolmentField,
    'EnrolmentChange.from': enrolmentField,
    'EnrolmentChange.to': enrolmentField,
    'EnrolmentChange.by': enrolmentField,
    'EnrolmentChange.at': enrolmentField,
    'EnrolmentChange.reason': enrolmentField,
    'EnrolmentChange.dropoutReason': enrolmentField,
    'EnrolmentChange.rejectionReason': enrolmentField,
    // What was acknowledged may name a non-association: for the readers of the prison, never partner staff.
    'EnrolmentChange.acknowledgedWarnings': {
      data: 'ENROLMENTS',
      who: READERS,
      allows: (caller: Caller, change: { prisonId: string }) => inPrisonAs(caller, change.prisonId, PARTICIPANT_READERS),
    },
    // The check names warnings (a non-association among them): for the coordinators who enrol.
    'EnrolmentCheck.eligible': forManagers('ENROLMENTS'),
    'EnrolmentCheck.reasons': forManagers('ENROLMENTS'),
    'EnrolmentCheck.warnings': forManagers('ENROLMENTS'),
    'EnrolmentWarning.code': forManagers('ENROLMENTS'),
    'EnrolmentWarning.message': forManagers('ENROLMENTS'),

    'Enrolment.suspensions': { data: 'SUSPENSIONS', who: READERS },
    'EnrolmentSuspension.id': suspensionField,
    'EnrolmentSuspension.from': suspensionField,
    'EnrolmentSuspension.until': suspensionField,
    'EnrolmentSuspension.reason': suspensionField,
    'EnrolmentSuspension.note': suspensionField,
    'EnrolmentSuspension.suspendedAt': suspensionField,
    'EnrolmentSuspension.resumedAt': suspensionField,
    'EnrolmentSuspension.endsAt': suspensionField,
    'MovementList.date': { data: 'MOVEMENT_LIST', who: READERS },
    'MovementList.sessions': { data: 'MOVEMENT_LIST', who: READERS },
    'MovementListSession.session': { data: 'MOVEMENT_LIST', who: READERS },
    'MovementListSession.participants': { data: 'MOVEMENT_LIST', who: READERS },
    'EnrolmentReview.id': reviewField,
    'EnrolmentReview.status': reviewField,
    'EnrolmentReview.causes': reviewField,
    'EnrolmentReview.openedAt': reviewField,
    'EnrolmentReview.decidedAt': reviewField,
    'EnrolmentReview.note': reviewField,
    'EnrolmentReview.participant': reviewField,
    'EnrolmentReview.enrolment': reviewField,
    'EnrolmentReviewEdge.node': forManagers('REVIEWS'),
    'DecideEnrolmentReviewPayload.review': forManagers('REVIEWS'),
    'SuspensionPayload.enrolment': forManagers('SUSPENSIONS'),
    'SuspensionPayload.suspension': forManagers('SUSPENSIONS'),

    'DropoutFollowUp.id': followUpField,
    'DropoutFollowUp.status': followUpField,
    'DropoutFollowUp.trigger': followUpField,
    'DropoutFollowUp.openedAt': followUpField,
    'DropoutFollowUp.absencesInRow': followUpField,
    'DropoutFollowUp.closedAt': followUpField,
    'DropoutFollowUp.closedCause': followUpField,
    'DropoutFollowUp.participant': followUpField,
    'DropoutFollowUp.enrolment': followUpField,
    'DropoutFollowUp.conversation': followUpField,
    'FollowUpConversation.heldOn': followUpField,
    'FollowUpConversation.reasons': followUpField,
    'FollowUpConversation.outcome': followUpField,
    'FollowUpConversation.note': followUpField,

    'NonAssociation.id': nonAssociationField,
    'NonAssociation.reason': nonAssociationField,
    'NonAssociation.note': nonAssociationField,
    'NonAssociation.openedAt': nonAssociationField,
    'NonAssociation.openedBy': nonAssociationField,
    'NonAssociation.closedAt': nonAssociationField,
    'NonAssociation.participants': nonAssociationField,
    'NonAssociation.history': nonAssociationField,
    'NonAssociationChange.action': nonAssociationField,
    'NonAssociationChange.by': nonAssociationField,
    'NonAssociationChange.at': nonAssociationField,
    'NonAssociationChange.reason': nonAssociationField,

    'SecurityAdviceRequest.id': adviceField,
    'SecurityAdviceRequest.status': adviceField,
    'SecurityAdviceRequest.requestedAt': adviceField,
    'SecurityAdviceRequest.dueOn': adviceField,
    'SecurityAdviceRequest.advice': adviceField,
    'SecurityAdviceRequest.conditions': adviceField,
    'SecurityAdviceRequest.reason': adviceField,
    'SecurityAdviceRequest.givenAt': adviceField,
    'SecurityAdviceRequest.enrolment': adviceField,

    'ParticipantDataExport.participantId': forManagers('DATA_EXPORT'),
    'ParticipantDataExport.generatedAt': forManagers('DATA_EXPORT'),
    'ParticipantDataExport.participants': forManagers('DATA_EXPORT'),

    // The paths that lead to participants and enrolments: lists, pages and payloads.
    'ParticipantEdge.node': { data: 'PARTICIPANT_PROFILE', who: READERS },
    'ParticipantPayload.participant': forManagers('PARTICIPANT_PROFILE'),
    'EnrolmentPayload.enrolment': forManagers('ENROLMENTS'),
    'DropoutFollowUpEdge.node': forManagers('FOLLOW_UPS'),
    'RecordFollowUpConversationPayload.followUp': forManagers('FOLLOW_UPS'),
    'NonAssociationPayload.nonAssociation': { data: 'NON_ASSOCIATIONS', who: READERS },
    'SecurityAdvicePayload.securityAdvice': { data: 'SECURITY_ADVICE', who: READERS },
    'SecurityAdviceRequestEdge.node': { data: 'SECURITY_ADVICE', who: READERS },
    'Activity.enrolments': enrolmentField,
    'Activity.waitingList': enrolmentField,
    'Session.expectedParticipants': { data: 'ROLL_CALL', who: { ...READERS, ...PARTNER_SCOPES } },
    'Session.rollCall': { data: 'ROLL_CALL', who: { ...READERS, ...PARTNER_SCOPES } },
    'RollCallEntry.participant': { data: 'ROLL_CALL', who: { ...READERS, ...PARTNER_SCOPES } },
    'RollCallEntry.expectedElsewhere': { data: 'ROLL_CALL', who: { ...READERS, ...PARTNER_SCOPES } },
    'RollCallEntry.mark': ATTENDANCE_READ,
    'AttendanceMark.participant': ATTENDANCE_READ,
    'AttendanceMark.code': ATTENDANCE_READ,
    'AttendanceMark.absenceReason': ATTENDANCE_READ,
    'AttendanceMark.note': ATTENDANCE_READ,
    'AttendanceMark.recordedAt': ATTENDANCE_READ,
    'RecordAttendancePayload.session': ATTENDANCE_WRITE,
    'RecordAttendancePayload.marks': ATTENDANCE_WRITE,

    // The activity decides, in feedbackScope / readsFeedbackComments.
    'Mutation.recordFeedback': {
      data: 'FEEDBACK',
      who: {
        ...MANAGERS,
        PARTNER_STAFF: "their organisation's activities in their prisons",
        VOLUNTEER: 'the activities they facilitate',
      },
    },
    'Activity.feedbackComments': { data: 'FEEDBACK_COMMENTS', who: MANAGERS },

    // Who may follow a reference from another subgraph; the object-level rule is the scope rule above.
    'Participant.__resolveReference': { data: 'PARTICIPANT_PROFILE', who: READERS },
    'Activity.__resolveReference': { data: 'ENROLMENT_FIGURES', who: SIGNED_IN },
    'Session.__resolveReference': { data: 'ROLL_CALL', who: { ...READERS, ...PARTNER_SCOPES } },
    // An export is made by participantDataExport only, audited; a reference to one resolves to nothing here.
    'ParticipantDataExport.__resolveReference': forManagers('DATA_EXPORT'),
  },
};

/** Whose data each audited type carries: every admitted read of its personal fields is recorded. */
export const participantsAuditSubjects: AuditSubjects = {
  Participant: (participant: { id: string }) => participant.id,
  Enrolment: (enrolment: { participantId: string }) => enrolment.participantId,
  AttendanceMark: (mark: { participantId: string }) => mark.participantId,
  RollCallEntry: (entry: { participantId: string }) => entry.participantId,
  EnrolmentSuspension: (suspension: { participantId: string }) => suspension.participantId,
  EnrolmentReview: (review: { participantId: string }) => review.participantId,
  // A follow-up and its conversation are the participant's data: their reads are recorded under them.
  DropoutFollowUp: (followUp: { participantId: string }) => followUp.participantId,
  FollowUpConversation: (conversation: { participantId: string }) => conversation.participantId,
  EnrolmentCheck: (check: { participantId: string }) => check.participantId,
  SecurityAdviceRequest: (request: { participantId: string }) => request.participantId,
  // A non-association is about two people: each read is recorded under both.
  NonAssociation: (pair: { participantAId: string; participantBId: string }) => [pair.participantAId, pair.participantBId],
  NonAssociationChange: (pair: { participantAId: string; participantBId: string }) => [pair.participantAId, pair.participantBId],
};
