import DataLoader from 'dataloader';
import { groupByKey } from '@cort/subgraph';
import type { PrismaClient } from '../../generated/prisma/client';

/** The onboarding's per-request loader: the recorded steps of each person, in one statement for all of them. */
export const onboardingLoaders = (prisma: PrismaClient) => ({
  onboardingOfPerson: new DataLoader(async (personIds: readonly string[]) =>
    groupByKey(personIds, await prisma.onboardingStep.findMany({ where: { personId: { in: [...personIds] } } }), (row) => row.personId),
  ),
});
