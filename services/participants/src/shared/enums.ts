import { registerEnumType } from 'type-graphql';
import { CustodyStatus, Gender, LegalStatus } from '../generated/prisma/enums';

// Gender and LegalStatus are the activities subgraph's enums too (an activity's audience); same values.
registerEnumType(Gender, { name: 'Gender' });
registerEnumType(LegalStatus, { name: 'LegalStatus' });
registerEnumType(CustodyStatus, { name: 'CustodyStatus', description: 'In custody here, released, or transferred to another prison.' });

export { CustodyStatus, Gender, LegalStatus };
