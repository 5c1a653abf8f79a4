import { registerEnumType } from 'type-graphql';
import { CustodyStatus, EnrolmentStatus, Gender, LegalStatus } from '../generated/prisma/enums';

// Gender and LegalStatus are the activities subgraph's enums too (an activity's audience); same values
// and descriptions, so composition keeps one of each.
registerEnumType(Gender, {
  name: 'Gender',
  description: "A participant's gender as the prison registers it, or one an activity's audience is for.",
  valuesConfig: { MALE: { description: 'Men.' }, FEMALE: { description: 'Women.' } },
});
registerEnumType(LegalStatus, {
  name: 'LegalStatus',
  description:
    "A detainee's legal situation, or one an activity's audience is for. Of a participant it is criminal-offence data (GDPR Art. 10): the coordinators and prison staff of their prison see it, nobody else.",
  valuesConfig: {
    SUSPECT: { description: 'In pre-trial detention: not (yet) finally sentenced.' },
    CONVICTED: { description: 'Serving a final sentence.' },
    INTERNED: { description: 'Interned: held under a protective measure for a mental disorder, not a sentence.' },
  },
});
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
