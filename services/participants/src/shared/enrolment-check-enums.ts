import { registerEnumType } from 'type-graphql';
import { EnrolmentWarningCode } from '../generated/prisma/enums';
import type * as Rules from '../domain/enrolment-warnings';
import type { RefusalReason } from '../domain/eligibility';

// The words of the enrolment check. The rules spell the same codes; the checks below fail the build if they drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;

/** Why a participant cannot ask to join an activity: the eligibility rule's reasons, and an open enrolment in it already. */
export enum EnrolmentRefusalReason {
  OTHER_PRISON = 'OTHER_PRISON',
  NOT_IN_CUSTODY = 'NOT_IN_CUSTODY',
  ACTIVITY_NOT_OPEN = 'ACTIVITY_NOT_OPEN',
  NOT_ELIGIBLE_AUDIENCE = 'NOT_ELIGIBLE_AUDIENCE',
  ALREADY_ENROLLED = 'ALREADY_ENROLLED',
}
const agree: [
  Same<Rules.EnrolmentWarningCode, EnrolmentWarningCode>,
  Same<RefusalReason | 'ALREADY_ENROLLED', `${EnrolmentRefusalReason}`>,
] = [true, true];
void agree;

registerEnumType(EnrolmentRefusalReason, {
  name: 'EnrolmentRefusalReason',
  description: 'Why requestEnrolment would refuse: the same codes it puts in extensions.reason.',
  valuesConfig: {
    OTHER_PRISON: { description: 'The participant and the activity are in different prisons.' },
    NOT_IN_CUSTODY: { description: 'The participant was released or transferred.' },
    ACTIVITY_NOT_OPEN: { description: 'The activity is not published, or it ended.' },
    NOT_ELIGIBLE_AUDIENCE: { description: "The participant is outside the activity's audience (gender or legal status)." },
    ALREADY_ENROLLED: {
      description: 'The participant has an open enrolment in this activity already (requestEnrolment answers CONFLICT).',
    },
  },
});

registerEnumType(EnrolmentWarningCode, {
  name: 'EnrolmentWarningCode',
  description: 'What the enrolment check warns about; requestEnrolment and decideScreening APPROVED need each in acknowledgedWarnings.',
  valuesConfig: {
    NON_ASSOCIATION: { description: 'Someone they must be kept apart from is enrolled, waitlisted or in screening in the activity.' },
    SCHEDULE_CLASH: { description: 'A coming session overlaps a session of an activity they are enrolled in.' },
    EARLIER_DROPOUT: { description: 'They dropped out of this activity, or of an earlier edition of it, before.' },
    LANGUAGE: { description: 'They speak none of the instruction languages.' },
    UNFAVOURABLE_ADVICE: {
      description: 'The prison gave an unfavourable security advice in the screening (decideScreening APPROVED only).',
    },
  },
});

export { EnrolmentWarningCode };
