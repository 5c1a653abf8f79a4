import { registerEnumType } from 'type-graphql';
import { ActivityCategory } from '../generated/prisma/enums';

// The activities subgraph's enum, same name and values: composition merges the two.
registerEnumType(ActivityCategory, { name: 'ActivityCategory' });

export { ActivityCategory };
