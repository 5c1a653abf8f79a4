import DataLoader from 'dataloader';
import { byKey } from '@cort/subgraph';
import type { PrismaClient } from '../../generated/prisma/client';

/** Per request: a page of follow-ups costs one statement for all their enrolments. */
export function followUpLoaders(prisma: PrismaClient) {
  return {
    enrolmentById: new DataLoader(async (ids: readonly string[]) =>
      byKey(ids, await prisma.enrolment.findMany({ where: { id: { in: [...ids] } } }), (e) => e.id),
    ),
  };
}
