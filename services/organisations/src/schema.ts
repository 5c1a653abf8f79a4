import 'reflect-metadata';
import { DateTimeResolver } from 'graphql-scalars';
import { buildFederatedSchema } from '@cort/subgraph';
import { ActionResolver } from './modules/action/action.resolver';
import { ActionPlanResolver, GoalResolver } from './modules/action-plan/action-plan.resolver';
import { AgreementResolver } from './modules/agreement/agreement.resolver';
import { VolunteerHoursResolver } from './modules/volunteer-hours/volunteer-hours.resolver';
import { ClearanceResolver } from './modules/clearance/clearance.resolver';
import { CortMemberResolver, CortResolver } from './modules/cort/cort.resolver';
import { organisationReference } from './modules/organisation/organisation.reference';
import { OnboardingResolver } from './modules/onboarding/onboarding.resolver';
import { OrganisationResolver } from './modules/organisation/organisation.resolver';
import { personReference } from './modules/person/person.reference';
import { PersonResolver } from './modules/person/person.resolver';
import { PolicyTeamResolver } from './modules/policy-team/policy-team.resolver';
import { organisationsPolicy } from './policy';

/** The entities other subgraphs point at, each with its reference resolver (guarded by the policy). */
const organisationsReferences = { ...organisationReference, ...personReference };

/** The organisations subgraph: partner organisations, their people and clearances, the CORT, the policy team and the action plans. */
export function buildSchema() {
  return buildFederatedSchema(
    {
      resolvers: [
        OrganisationResolver,
        PersonResolver,
        ClearanceResolver,
        CortResolver,
        CortMemberResolver,
        PolicyTeamResolver,
        ActionPlanResolver,
        GoalResolver,
        ActionResolver,
        AgreementResolver,
        VolunteerHoursResolver,
        OnboardingResolver,
      ],
      scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    },
    organisationsReferences,
    { policy: organisationsPolicy },
  );
}
