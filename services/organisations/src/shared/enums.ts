import { registerEnumType } from 'type-graphql';
import { ActivityDomain, ClearanceKind, OrganisationKind, PersonRole } from '../generated/prisma/enums';

// ActivityDomain is the activities subgraph's enum too; both declare the same values.
registerEnumType(ActivityDomain, { name: 'ActivityDomain' });
registerEnumType(OrganisationKind, {
  name: 'OrganisationKind',
  description: 'Structural partner of the Flemish Community, other partner, or volunteer organisation.',
});
registerEnumType(PersonRole, { name: 'PersonRole' });
registerEnumType(ClearanceKind, { name: 'ClearanceKind', description: 'Prison access permit (per prison), training, or signed charter.' });

export { ActivityDomain, ClearanceKind, OrganisationKind, PersonRole };
