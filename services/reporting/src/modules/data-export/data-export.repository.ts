import type { PrismaClient } from '../../generated/prisma/client';

// The rows a participant's data export reads: their enrolments, attendance marks and follow-ups (by id, so
// none once pseudonymised), when they left, and the activities of those rows in the given prisons.

export const enrolmentsOf = (prisma: PrismaClient, participantId: string) =>
  prisma.reportEnrolment.findMany({ where: { participantId }, orderBy: { enrolledAt: 'asc' } });

export const exitOf = (prisma: PrismaClient, participantId: string) =>
  prisma.reportParticipantExit.findUnique({ where: { participantId } });

export const activitiesIn = (prisma: PrismaClient, activityIds: string[], prisonIds: readonly string[]) =>
  prisma.reportActivity.findMany({ where: { id: { in: activityIds }, prisonId: { in: [...prisonIds] } } });

export const attendanceOf = (prisma: PrismaClient, participantId: string) =>
  prisma.reportAttendance.findMany({ where: { participantId }, orderBy: [{ recordedAt: 'asc' }, { sessionId: 'asc' }] });

export const followUpsOf = (prisma: PrismaClient, participantId: string, prisonIds: readonly string[]) =>
  prisma.reportFollowUp.findMany({
    where: { participantId, prisonId: { in: [...prisonIds] } },
    orderBy: [{ openedAt: 'asc' }, { id: 'asc' }],
  });
