import type { PrismaClient } from '../../generated/prisma/client';

type Db = Pick<PrismaClient, 'reportActivity' | 'reportSession' | 'reportAttendance' | 'reportFollowUp' | 'reportFeedbackForm'>;

export const projectedActivities = (prisma: Db, ids: readonly string[]) =>
  prisma.reportActivity.findMany({ where: { id: { in: [...ids] } }, select: { id: true, prisonId: true, organisationId: true } });

export const sessionsOf = (prisma: Db, activityIds: readonly string[]) =>
  prisma.reportSession.findMany({
    where: { activityId: { in: [...activityIds] } },
    select: { id: true, activityId: true, startsAt: true, endsAt: true, status: true },
  });

/** Marks counted by activity, session and code: one statement for any number of activities. */
export const marksOf = (prisma: Db, activityIds: readonly string[]) =>
  prisma.reportAttendance.groupBy({
    by: ['activityId', 'sessionId', 'code'],
    where: { activityId: { in: [...activityIds] } },
    _count: { _all: true },
  });

/** Participants whose dropout opened a follow-up, by activity. */
export const dropoutsOf = (prisma: Db, activityIds: readonly string[]) =>
  prisma.reportFollowUp.findMany({
    where: { activityId: { in: [...activityIds] }, trigger: 'DROPPED_OUT' },
    select: { activityId: true, participantId: true },
    distinct: ['activityId', 'participantId'],
  });

/** Feedback scores summed by activity (the forms themselves are never handed out). */
export const feedbackOf = (prisma: Db, activityIds: readonly string[]) =>
  prisma.reportFeedbackForm.groupBy({
    by: ['activityId', 'wouldRecommend'],
    where: { activityId: { in: [...activityIds] } },
    _count: { _all: true },
    _sum: { satisfaction: true, learned: true, atmosphere: true },
  });
