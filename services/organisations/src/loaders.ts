import DataLoader from 'dataloader';
import { byKey, groupByKey } from '@cort/subgraph';
import type { PrismaClient } from './generated/prisma/client';
import { agreementLoaders } from './modules/agreement/agreement.loaders';
import { volunteerHoursLoaders } from './modules/volunteer-hours/volunteer-hours.loaders';
import { onboardingLoaders } from './modules/onboarding/onboarding.loaders';
import { actionLoaders } from './modules/action/action.loaders';
import { actionPlanLoaders } from './modules/action-plan/action-plan.loaders';
import { cortLoaders } from './modules/cort/cort.loaders';
import { policyTeamLoaders } from './modules/policy-team/policy-team.loaders';

/** Per request; every reference and list goes through one, so N references cost one statement. */
export function createLoaders(prisma: PrismaClient) {
  return {
    organisation: new DataLoader(async (ids: readonly string[]) =>
      byKey(ids, await prisma.organisation.findMany({ where: { id: { in: [...ids] } } }), (o) => o.id),
    ),
    person: new DataLoader(async (ids: readonly string[]) =>
      byKey(ids, await prisma.person.findMany({ where: { id: { in: [...ids] } } }), (p) => p.id),
    ),
    peopleOfOrganisation: new DataLoader(async (organisationIds: readonly string[]) =>
      groupByKey(
        organisationIds,
        await prisma.person.findMany({
          where: { organisationId: { in: [...organisationIds] } },
          orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }],
        }),
        (p) => p.organisationId,
      ),
    ),
    clearancesOfPerson: new DataLoader(async (personIds: readonly string[]) =>
      groupByKey(
        personIds,
        await prisma.clearance.findMany({ where: { personId: { in: [...personIds] } }, orderBy: { validFrom: 'asc' } }),
        (c) => c.personId,
      ),
    ),
    ...cortLoaders(prisma),
    ...onboardingLoaders(prisma),
    ...policyTeamLoaders(prisma),
    ...actionPlanLoaders(prisma),
    ...actionLoaders(prisma),
    ...agreementLoaders(prisma),
    ...volunteerHoursLoaders(prisma),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
