import DataLoader from 'dataloader';
import { groupByKey } from '@cort/subgraph';
import type { PrismaClient } from '../../generated/prisma/client';

/** The agreements' per-request loader: an organisation's agreements, the latest first. */
export const agreementLoaders = (prisma: PrismaClient) => ({
  agreementsOfOrganisation: new DataLoader(async (organisationIds: readonly string[]) =>
    groupByKey(
      organisationIds,
      await prisma.agreement.findMany({
        where: { organisationId: { in: [...organisationIds] } },
        orderBy: [{ validFrom: 'desc' }, { id: 'asc' }],
      }),
      (a) => a.organisationId,
    ),
  ),
});
