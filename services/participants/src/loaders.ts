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
    /** ENROLLED and WAITLISTED per activity, for a whole page of activities in one statement. */
    enrolmentCounts: new DataLoader(async (ids: readonly string[]) => {
      const rows = await prisma.enrolment.groupBy({
        by: ['activityId', 'status'],
        where: { activityId: { in: [...ids] }, status: { in: ['ENROLLED', 'WAITLISTED'] } },
        _count: { _all: true },
      });
      return ids.map((id) => ({
        enrolled: rows.find((r) => r.activityId === id && r.status === 'ENROLLED')?._count._all ?? 0,
        waitlisted: rows.find((r) => r.activityId === id && r.status === 'WAITLISTED')?._count._all ?? 0,
      }));
    }),
    participant: new DataLoader(async (ids: readonly string[]) =>
      byKey(ids, await prisma.participant.findMany({ where: { id: { in: [...ids] } } }), (p) => p.id),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
