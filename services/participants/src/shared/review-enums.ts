import { registerEnumType } from 'type-graphql';
import { ReviewCause, ReviewStatus } from '../generated/prisma/enums';
import type * as Rules from '../domain/enrolment-review';

// The words of an enrolment's review after a change of circumstances; the rules spell the same causes.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const agree: Same<Rules.ReviewCause, ReviewCause> = true;
void agree;

registerEnumType(ReviewCause, {
  name: 'ReviewCause',
  description: "What changed about the participant that the activity's audience no longer includes.",
  valuesConfig: {
    GENDER: { description: 'Their gender changed.' },
    LEGAL_STATUS: { description: 'Their legal status changed (suspect, convicted, interned).' },
  },
});

registerEnumType(ReviewStatus, {
  name: 'ReviewStatus',
  description: 'Where a review stands.',
  valuesConfig: {
    OPEN: { description: 'Waiting for a coordinator: the enrolment stays as it is meanwhile.' },
    KEPT: { description: 'The coordinator kept the enrolment, with a note saying why. Final.' },
    WITHDRAWN: { description: 'The coordinator withdrew the enrolment (a place freed went to the waiting list). Final.' },
  },
});

export enum ReviewDecision {
  KEEP = 'KEEP',
  WITHDRAW = 'WITHDRAW',
}
registerEnumType(ReviewDecision, {
  name: 'ReviewDecision',
  description: "A coordinator's decision on an enrolment under review.",
  valuesConfig: {
    KEEP: { description: 'The participant stays in the activity; the note says why.' },
    WITHDRAW: { description: 'The participant leaves it, as withdrawEnrolment does: a place freed goes to the head of the waiting list.' },
  },
});

export { ReviewCause, ReviewStatus };
