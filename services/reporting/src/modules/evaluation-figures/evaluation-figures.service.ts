import type { Context } from '../../context';
import { NO_MARKS, totalFigures, type AttendanceCode, type MarkCounts } from '../../domain/attendance';
import { feedbackFigures } from '../../domain/feedback';
import { reportedStatus } from '../../domain/session-status';
import { suppress } from '../../domain/suppression';
import { canReadReportsOf } from '../../policy';
import { dropoutsOf, feedbackOf, marksOf, projectedActivities, sessionsOf } from './evaluation-figures.repository';
import type { EvaluationFigures } from './evaluation-figures.type';

/**
 * The figures of one activity's evaluation, from reporting's own projections (never a request to
 * another service): null while reporting has not learnt of the activity, or when the caller does not
 * read its prison's figures.
 */
export async function evaluationFigures(
  { prisma, caller }: Context,
  activityId: string,
  now = new Date(),
): Promise<EvaluationFigures | null> {
  const [activity] = await projectedActivities(prisma, [activityId]);
  if (!activity || !canReadReportsOf(caller, activity.prisonId)) return null;
  const [sessions, marks, dropouts, feedback] = await Promise.all([
    sessionsOf(prisma, [activityId]),
    marksOf(prisma, [activityId]),
    dropoutsOf(prisma, [activityId]),
    feedbackOf(prisma, [activityId]),
  ]);
  const statuses = sessions.map((session) => reportedStatus(session, now));
  const counts = new Map<string, MarkCounts>(sessions.map((s) => [s.id, { ...NO_MARKS }]));
  for (const row of marks) {
    const session = counts.get(row.sessionId);
    if (session && row.code in session) session[row.code as AttendanceCode] += row._count._all;
  }
  const figures = feedbackFigures(
    feedback.map((g) => ({
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
    attendanceRate: totalFigures([...counts.values()]).attendanceRate,
    dropouts: suppress(dropouts.length),
    feedbackForms: figures.forms,
    averageSatisfaction: figures.averageSatisfaction,
    averageLearned: figures.averageLearned,
    averageAtmosphere: figures.averageAtmosphere,
    wouldRecommendShare: figures.wouldRecommendShare,
  };
}
