import { registerEnumType } from 'type-graphql';
import { CustodyStatus, EnrolmentStatus, Gender, LegalStatus } from '../generated/prisma/enums';

// Gender and LegalStatus are the activities subgraph's enums too (an activity's audience); same values.
registerEnumType(Gender, { name: 'Gender' });
registerEnumType(LegalStatus, { name: 'LegalStatus' });
registerEnumType(CustodyStatus, { name: 'CustodyStatus', description: 'In custody here, released, or transferred to another prison.' });
registerEnumType(EnrolmentStatus, {
  name: 'EnrolmentStatus',
  description: 'REQUESTED → IN_SCREENING → ENROLLED or WAITLISTED → COMPLETED, DROPPED_OUT, WITHDRAWN or REJECTED.',
});

export { CustodyStatus, EnrolmentStatus, Gender, LegalStatus };

/** A coordinator's decision at the end of a screening. */
export enum ScreeningDecision {
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(ScreeningDecision, { name: 'ScreeningDecision' });
