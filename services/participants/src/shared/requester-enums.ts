import { registerEnumType } from 'type-graphql';
import { EnrolmentRequester } from '../generated/prisma/enums';
import type * as Rules from '../domain/enrolment-request';

// The words of a request's requester; the rule (domain/enrolment-request.ts) spells the same codes, checked at build time.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const agree: Same<Rules.Requester, EnrolmentRequester> = true;
void agree;

registerEnumType(EnrolmentRequester, {
  name: 'EnrolmentRequester',
  description: 'Who asked for an enrolment: the participant, or a service on their behalf.',
  valuesConfig: {
    SELF: { description: 'The participant asked (a request form, a word to a facilitator or coordinator).' },
    PSYCHOSOCIAL_SERVICE: { description: "The prison's psychosocial service (PSD)." },
    JUSTICE_WELFARE_SERVICE: { description: 'The justice welfare service (JWW, justitieel welzijnswerk).' },
    PRISON_STAFF: { description: 'Prison staff: the direction, a surveillance assistant (PBA).' },
    PARTNER_ORGANISATION: { description: 'A partner organisation of the offer (a teacher, a trajectory counsellor).' },
    OTHER: { description: 'Someone else; also every request made before the requester was recorded as a code.' },
  },
});

export { EnrolmentRequester };
