import type { PrismaClient } from '../../generated/prisma/client';

/** The acknowledgements of the given activities, in the order they were given. */
export const acknowledgementsOfActivities = (prisma: PrismaClient, activityIds: readonly string[]) =>
  prisma.activityAcknowledgement.findMany({ where: { activityId: { in: [...activityIds] } }, orderBy: [{ at: 'asc' }, { id: 'asc' }] });
