import { registerEnumType } from 'type-graphql';
import { DropoutReason, FollowUpOutcome, FollowUpStatus, FollowUpTrigger, RejectionReason } from '../generated/prisma/enums';
import type * as Rules from '../domain/follow-up';

// The words of the dropout follow-up and of the structured reasons of enrolment changes. The rules
// (domain/follow-up.ts) spell the same codes; the checks below fail the build if the two drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const agree: [
  Same<Rules.DropoutReason, DropoutReason>,
  Same<Rules.FollowUpOutcome, FollowUpOutcome>,
  Same<Rules.FollowUpStatus, FollowUpStatus>,
  Same<Rules.FollowUpTrigger, FollowUpTrigger>,
  Same<Rules.RejectionReason, RejectionReason>,
] = [true, true, true, true, true];
void agree;

registerEnumType(FollowUpStatus, {
  name: 'FollowUpStatus',
  description: 'OPEN until the feedback conversation is held (DONE), or until the system closes it (CLOSED).',
  valuesConfig: {
    OPEN: { description: 'Waiting for the feedback conversation with the participant.' },
    DONE: { description: 'The conversation was held (or declined) and recorded. Final.' },
    CLOSED: { description: 'Closed by the system: the participant was released or transferred. Final.' },
  },
});

registerEnumType(FollowUpTrigger, {
  name: 'FollowUpTrigger',
  description: 'What opened a follow-up.',
  valuesConfig: {
    DROPPED_OUT: { description: 'The enrolment was marked DROPPED_OUT.' },
    ABSENCES: { description: 'Three unexcused absences or refusals in a row (excused, not required and cancelled sessions do not count).' },
  },
});

registerEnumType(DropoutReason, {
  name: 'DropoutReason',
  description:
    'Why a participant stopped coming or left, as far as known: the reasons of a follow-up conversation, a withdrawal or a dropout.',
  valuesConfig: {
    SCHEDULE_CLASH_WORK: { description: 'The sessions clash with their work in the prison.' },
    SCHEDULE_CLASH_VISIT: { description: 'The sessions clash with visits.' },
    SCHEDULE_CLASH_OTHER_ACTIVITY: { description: 'The sessions clash with another activity.' },
    NOT_BROUGHT_BY_PRISON: { description: 'The prison did not bring them to the sessions.' },
    CONTENT: { description: 'The content did not suit them.' },
    LEVEL: { description: 'Too easy or too hard.' },
    LANGUAGE: { description: 'The language of instruction.' },
    GROUP: { description: 'The group: other participants, the atmosphere.' },
    FACILITATOR: { description: 'The facilitator.' },
    HEALTH: { description: 'Physical or mental health.' },
    MOTIVATION: { description: 'They lost interest or motivation.' },
    PERSONAL_CIRCUMSTANCES: { description: 'Personal or family circumstances.' },
    SECURITY_MEASURE: { description: 'A security or disciplinary measure kept them away.' },
    OTHER: { description: 'Another reason (say it in the note or the free text).' },
  },
});

registerEnumType(RejectionReason, {
  name: 'RejectionReason',
  description: 'Why a screening rejected a request.',
  valuesConfig: {
    NOT_SUITABLE: { description: 'The activity does not suit the participant.' },
    NOT_READY: { description: 'Not ready for it yet.' },
    SECURITY_ADVICE: { description: 'Negative security advice.' },
    NO_LONGER_INTERESTED: { description: 'The participant is no longer interested.' },
    OTHER: { description: 'Another reason (say it in the free text).' },
  },
});

registerEnumType(FollowUpOutcome, {
  name: 'FollowUpOutcome',
  description: 'What came of a follow-up conversation.',
  valuesConfig: {
    RESUMED: { description: 'They take part again: a free place, else the end of the waiting list.' },
    NEXT_EDITION: { description: 'They will join the next edition of the activity.' },
    REFERRED_TO_OTHER_ACTIVITY: { description: 'Referred to another activity.' },
    REFERRED_TO_INDIVIDUAL_SUPPORT: { description: 'Referred to individual support.' },
    NO_FURTHER_ACTION: { description: 'Nothing further is done.' },
    DECLINED_CONVERSATION: { description: 'The participant declined the conversation: no reasons are recorded.' },
  },
});

export { DropoutReason, FollowUpOutcome, FollowUpStatus, FollowUpTrigger, RejectionReason };
