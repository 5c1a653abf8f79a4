import type { Context } from '../../context';
import { exportedPrisonsOf } from '../../policy';
import { activitiesIn, enrolmentsOf, exitOf } from './data-export.repository';

/**
 * The reporting service's part of a participant's data export: the activities of the caller's prisons
 * they were enrolled in (ids and dates only), and when they left. After the retention period their rows
 * carry a pseudonym, so an export then finds none.
 */
export async function reportingPartOf({ prisma, caller }: Context, participantId: string) {
  const [enrolments, exit] = await Promise.all([enrolmentsOf(prisma, participantId), exitOf(prisma, participantId)]);
  const activities = await activitiesIn(
    prisma,
    enrolments.map((e) => e.activityId),
    exportedPrisonsOf(caller),
  );
  const visible = new Map(activities.map((a) => [a.id, a]));
  return {
    enrolments: enrolments
      .filter((e) => visible.has(e.activityId))
      .map((e) => ({
        activityId: e.activityId,
        prisonId: visible.get(e.activityId)!.prisonId,
        category: visible.get(e.activityId)!.category,
        enrolledAt: e.enrolledAt.toISOString(),
      })),
    // When they left (release or transfer), kept to know when their rows are due for pseudonymising.
    leftAt: exit?.leftAt.toISOString() ?? null,
    pseudonymisedAt: exit?.pseudonymisedAt?.toISOString() ?? null,
  };
}
