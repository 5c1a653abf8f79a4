import 'reflect-metadata';
import { DateTimeResolver } from 'graphql-scalars';
import { buildFederatedSchema } from '@cort/subgraph';
import { ClearanceResolver } from './modules/clearance/clearance.resolver';
import { organisationReference } from './modules/organisation/organisation.reference';
import { OrganisationResolver } from './modules/organisation/organisation.resolver';
import { personReference } from './modules/person/person.reference';
import { PersonResolver } from './modules/person/person.resolver';
import { organisationsPolicy } from './policy';

/** The entities other subgraphs point at, each with its reference resolver (guarded by the policy). */
const organisationsReferences = { ...organisationReference, ...personReference };

/** The organisations subgraph: partner organisations, their people and clearances. */
export function buildSchema() {
  return buildFederatedSchema(
    {
      resolvers: [OrganisationResolver, PersonResolver, ClearanceResolver],
      scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    },
    organisationsReferences,
    { policy: organisationsPolicy },
  );
}
