import type { PrismaClient } from '../../generated/prisma/client';

// The rows a participant's data export reads: their enrolments (by id, so none once pseudonymised), when
// they left, and the activities of those enrolments in the given prisons.

export const enrolmentsOf = (prisma: PrismaClient, participantId: string) =>
  prisma.reportEnrolment.findMany({ where: { participantId }, orderBy: { enrolledAt: 'asc' } });

export const exitOf = (prisma: PrismaClient, participantId: string) =>
  prisma.reportParticipantExit.findUnique({ where: { participantId } });

export const activitiesIn = (prisma: PrismaClient, activityIds: string[], prisonIds: readonly string[]) =>
  prisma.reportActivity.findMany({ where: { id: { in: activityIds }, prisonId: { in: [...prisonIds] } } });
