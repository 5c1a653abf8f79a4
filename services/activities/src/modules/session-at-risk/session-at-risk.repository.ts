import type { PrismaClient } from '../../generated/prisma/client';

/**
 * The scheduled sessions of a prison still to come, of its draft and published activities with
 * facilitators, by start, each with its activity's facilitators: one query, whatever their number.
 */
export const plannedSessionsWithFacilitators = (prisma: PrismaClient, prisonId: string, now: Date) =>
  prisma.session.findMany({
    where: {
      status: 'SCHEDULED',
      startsAt: { gt: now },
      activity: { prisonId, status: { in: ['DRAFT', 'PUBLISHED'] }, NOT: { facilitatorIds: { isEmpty: true } } },
    },
    include: { activity: { select: { facilitatorIds: true } } },
    orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
  });
