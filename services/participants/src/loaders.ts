import DataLoader from 'dataloader';
import { byKey, groupByKey } from '@cort/subgraph';
import type { PrismaClient } from './generated/prisma/client';

/** Per request; every reference goes through one, so N participants cost one statement. */
export function createLoaders(prisma: PrismaClient) {
  return {
    changesOfEnrolment: new DataLoader(async (ids: readonly string[]) =>
      groupByKey(
        ids,
        await prisma.enrolmentChange.findMany({ where: { enrolmentId: { in: [...ids] } }, orderBy: { at: 'asc' } }),
        (c) => c.enrolmentId,
      ),
    ),
    participant: new DataLoader(async (ids: readonly string[]) =>
      byKey(ids, await prisma.participant.findMany({ where: { id: { in: [...ids] } } }), (p) => p.id),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
