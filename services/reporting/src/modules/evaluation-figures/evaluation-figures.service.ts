import type { Context } from '../../context';
import { NO_MARKS, totalFigures, type AttendanceCode, type MarkCounts } from '../../domain/attendance';
import { feedbackFigures } from '../../domain/feedback';
import { reportedStatus } from '../../domain/session-status';
import { suppress } from '../../domain/suppression';
import type { PrismaClient } from '../../generated/prisma/client';
import { canReadReportsOf } from '../../policy';
import { dropoutsOf, feedbackOf, marksOf, sessionsOf } from './evaluation-figures.repository';
import type { EvaluationFigures } from './evaluation-figures.type';

/**
 * The figures of one activity's evaluation, from reporting's own projections (never a request to
 * another service): null while reporting has not learnt of the activity, or when the caller does not
 * read its prison's figures. Through the request's loaders, so a list of activities is one batch.
 */
export async function evaluationFigures({ caller, loaders }: Context, activityId: string): Promise<EvaluationFigures | null> {
  const activity = await loaders.projectedActivity.load(activityId);
  if (!activity || !canReadReportsOf(caller, activity.prisonId)) return null;
  return loaders.evaluationFigures.load(activityId);
}

/** The figures of many activities at once (the caller checked access): four statements for any number. */
export async function figuresOf(prisma: PrismaClient, activityIds: readonly string[], now: Date): Promise<EvaluationFigures[]> {
  const [sessions, marks, dropouts, feedback] = await Promise.all([
    sessionsOf(prisma, activityIds),
    marksOf(prisma, activityIds),
    dropoutsOf(prisma, activityIds),
    feedbackOf(prisma, activityIds),
  ]);
  const counts = new Map<string, MarkCounts>(sessions.map((s) => [s.id, { ...NO_MARKS }]));
  for (const row of marks) {
    const session = counts.get(row.sessionId);
    if (session && row.code in session) session[row.code as AttendanceCode] += row._count._all;
  }
  return activityIds.map((activityId) => {
    const own = sessions.filter((s) => s.activityId === activityId);
    const statuses = own.map((session) => reportedStatus(session, now));
    const figures = feedbackFigures(
      feedback
        .filter((g) => g.activityId === activityId)
        .map((g) => ({
          wouldRecommend: g.wouldRecommend,
          forms: g._count._all,
          satisfaction: g._sum.satisfaction ?? 0,
          learned: g._sum.learned ?? 0,
          atmosphere: g._sum.atmosphere ?? 0,
        })),
    );
    return {
      sessionsHeld: statuses.filter((s) => s === 'HELD').length,
      sessionsCancelled: statuses.filter((s) => s === 'CANCELLED').length,
      attendanceRate: totalFigures(own.map((s) => counts.get(s.id)!)).attendanceRate,
      dropouts: suppress(dropouts.filter((d) => d.activityId === activityId).length),
      feedbackForms: figures.forms,
      averageSatisfaction: figures.averageSatisfaction,
      averageLearned: figures.averageLearned,
      averageAtmosphere: figures.averageAtmosphere,
      wouldRecommendShare: figures.wouldRecommendShare,
    };
  });
}
