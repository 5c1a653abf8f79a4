import { calendarDate } from '@cort/common';
import { actorOf, badUserInput } from '@cort/subgraph';
import type { Context } from '../../context';
import { activityWarnings, requireAcknowledged, type ActivityWarningCode } from '../../domain/activity-warnings';
import { transitionProblem } from '../../domain/activity-status';
import type { Activity, ActivityStatus, Prisma } from '../../generated/prisma/client';

// The warnings of creating and publishing an activity: what the organisations service answered (an
// agreement over the period or not) is judged by the rule (domain/activity-warnings.ts), and what the
// coordinator acknowledged is kept in the activity's history, in the transaction of the step.

/** The activity's period as the organisations service is asked about it. */
export const periodOf = (activity: { startsOn: Date; endsOn: Date }) => ({
  from: calendarDate(activity.startsOn),
  until: calendarDate(activity.endsOn),
});

/** The warnings acknowledged (none when none applied); BAD_USER_INPUT while one that applies is not. */
export const acknowledgedWarnings = (
  activity: { prisonId: string; startsOn: Date; endsOn: Date },
  agreementCovers: boolean | null,
  acknowledged: readonly string[] | null | undefined,
) => {
  const { from, until } = periodOf(activity);
  return requireAcknowledged(
    activityWarnings({ prisonId: activity.prisonId, startsOn: from, endsOn: until, agreementCovers }),
    acknowledged,
  );
};

/**
 * Before publishing: a move the rules refuse is refused first (so a published activity is not asked
 * about again), then the organisations service is asked about the agreement, in one request.
 */
export async function warningsToPublish(ctx: Context, activity: Activity, acknowledged: readonly string[] | null | undefined) {
  const problem = transitionProblem(activity.status, 'PUBLISHED');
  if (problem) throw badUserInput(problem, 'id', { status: activity.status });
  const { prisonId, organisationId } = activity;
  const { agreementCovers } = await ctx.organisations.checkFacilitation(ctx.caller, {
    prisonId,
    organisationId,
    personIds: [],
    dates: [],
    period: periodOf(activity),
  });
  return acknowledgedWarnings(activity, agreementCovers, acknowledged);
}

/** Keeps the acknowledged warnings in the activity's history, with the status the step led to; nothing when none applied. */
export async function recordAcknowledgement(
  tx: Prisma.TransactionClient,
  ctx: Context,
  activityId: string,
  status: ActivityStatus,
  warnings: ActivityWarningCode[],
) {
  if (warnings.length) await tx.activityAcknowledgement.create({ data: { activityId, status, warnings, by: actorOf(ctx.caller) } });
}
