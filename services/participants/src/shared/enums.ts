import { GENDER, LEGAL_STATUS, vocabularyFor } from '@cort/vocabulary';
import { registerEnumType } from 'type-graphql';
import { CustodyStatus, EnrolmentStatus, Gender, LegalStatus } from '../generated/prisma/enums';

// The activities subgraph declares Gender and LegalStatus too (an activity's audience): their words come
// from the shared vocabulary.
registerEnumType(Gender, vocabularyFor(Gender, GENDER));
registerEnumType(LegalStatus, vocabularyFor(LegalStatus, LEGAL_STATUS));
registerEnumType(CustodyStatus, {
  name: 'CustodyStatus',
  description: 'In custody here, released, or transferred to another prison.',
  valuesConfig: {
    IN_CUSTODY: { description: 'Held in the prison they are registered in: they can be enrolled.' },
    RELEASED: { description: 'Released: withdrawn from every activity, no longer enrolled.' },
    TRANSFERRED: { description: 'Transferred to another prison (transferredTo): withdrawn from every activity here.' },
  },
});
registerEnumType(EnrolmentStatus, {
  name: 'EnrolmentStatus',
  description: 'REQUESTED → IN_SCREENING → ENROLLED or WAITLISTED → COMPLETED, DROPPED_OUT, WITHDRAWN or REJECTED.',
  valuesConfig: {
    REQUESTED: { description: 'Asked for, not yet screened or placed.' },
    IN_SCREENING: { description: 'Being screened before a place is given (the activity requires it); decideScreening ends it.' },
    ENROLLED: { description: 'Has a place: counts against the capacity.' },
    WAITLISTED: { description: 'Waits for a place, at waitlistPosition; a freed place goes to the head of the list.' },
    COMPLETED: { description: 'Finished the activity. Final.' },
    DROPPED_OUT: { description: 'Stopped coming before the end; the reason feeds the dropout follow-up. Final.' },
    WITHDRAWN: {
      description: "Left before the end: by their choice or a coordinator's, on release or transfer, or when the activity closed. Final.",
    },
    REJECTED: { description: 'Not admitted after screening, with the reason. Final.' },
  },
});

export { CustodyStatus, EnrolmentStatus, Gender, LegalStatus };

/** A coordinator's decision at the end of a screening. */
export enum ScreeningDecision {
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(ScreeningDecision, {
  name: 'ScreeningDecision',
  description: "A coordinator's decision at the end of a screening.",
  valuesConfig: {
    APPROVED: { description: 'Admitted: they take a free place or join the end of the waiting list.' },
    REJECTED: { description: 'Not admitted; give the reason.' },
  },
});
