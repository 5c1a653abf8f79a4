import DataLoader from 'dataloader';
import { groupByKey } from '@cort/subgraph';
import type { PrismaClient } from './generated/prisma/client';
import { createAttendanceLoaders } from './modules/attendance/attendance.loaders';
import { followUpLoaders } from './modules/follow-up/follow-up.loaders';
import { createSuspensionLoaders } from './modules/suspension/suspension.loaders';
import { nonAssociationLoaders } from './modules/non-association/non-association.loaders';
import { activityViewsById } from './modules/activity/activity.repository';
import { participantsById } from './modules/participant/participant.repository';

/** Per request; every reference goes through one, so N participants cost one statement. */
export function createLoaders(prisma: PrismaClient) {
  return {
    ...createAttendanceLoaders(prisma),
    ...followUpLoaders(prisma),
    ...createSuspensionLoaders(prisma),
    ...nonAssociationLoaders(prisma),
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
    /** What this service knows of each activity (prison, organisation, facilitators), for access checks. */
    activityView: new DataLoader((ids: readonly string[]) => activityViewsById(prisma, ids)),
    /** Every enrolment of each activity, in the order they were requested. */
    enrolmentsOfActivity: new DataLoader(async (ids: readonly string[]) =>
      groupByKey(
        ids,
        await prisma.enrolment.findMany({ where: { activityId: { in: [...ids] } }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
        (e) => e.activityId,
      ),
    ),
    /** Every enrolment of each participant, newest first. */
    enrolmentsOfParticipant: new DataLoader(async (ids: readonly string[]) =>
      groupByKey(
        ids,
        await prisma.enrolment.findMany({ where: { participantId: { in: [...ids] } }, orderBy: [{ createdAt: 'desc' }, { id: 'asc' }] }),
        (e) => e.participantId,
      ),
    ),
    participant: new DataLoader((ids: readonly string[]) => participantsById(prisma, ids)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
