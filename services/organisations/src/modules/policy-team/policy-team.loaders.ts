import DataLoader from 'dataloader';
import { groupByKey } from '@cort/subgraph';
import type { PrismaClient } from '../../generated/prisma/client';

/** The policy team's per-request loader: a prison's seats, in the order they were set. */
export const policyTeamLoaders = (prisma: PrismaClient) => ({
  policyTeamOfPrison: new DataLoader(async (prisonIds: readonly string[]) =>
    groupByKey(
      prisonIds,
      await prisma.policyTeamMember.findMany({ where: { prisonId: { in: [...prisonIds] } }, orderBy: { position: 'asc' } }),
      (m) => m.prisonId,
    ),
  ),
});
