import { calendarDate } from '@cort/common';
import type { Context } from '../../context';
import { exportedPrisonsOf } from '../../policy';
import { activitiesIn, attendanceOf, enrolmentsOf, exitOf, followUpsOf } from './data-export.repository';

/**
 * The reporting service's part of a participant's data export, for the activities of the caller's prisons:
 * what they were enrolled in, their attendance marks and their dropout follow-ups (ids, codes and dates
 * only), and when they left. After the retention period their rows carry a pseudonym, so an export then
 * finds none.
 */
export async function reportingPartOf({ prisma, caller }: Context, participantId: string) {
  const prisons = exportedPrisonsOf(caller);
  const [enrolments, marks, followUps, exit] = await Promise.all([
    enrolmentsOf(prisma, participantId),
    attendanceOf(prisma, participantId),
    followUpsOf(prisma, participantId, prisons),
    exitOf(prisma, participantId),
  ]);
  const activityIds = [...new Set([...enrolments, ...marks].map((row) => row.activityId))];
  const activities = await activitiesIn(prisma, activityIds, prisons);
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
    attendance: marks
      .filter((m) => visible.has(m.activityId))
      .map((m) => ({
        sessionId: m.sessionId,
        activityId: m.activityId,
        code: m.code,
        absenceReason: m.absenceReason,
        recordedAt: m.recordedAt.toISOString(),
      })),
    followUps: followUps.map((f) => ({
      activityId: f.activityId,
      prisonId: f.prisonId,
      trigger: f.trigger,
      absencesInRow: f.absencesInRow,
      openedAt: f.openedAt.toISOString(),
      status: f.status,
      reasons: f.reasons,
      outcome: f.outcome,
      heldOn: f.heldOn ? calendarDate(f.heldOn) : null,
      cause: f.cause,
      closedAt: f.closedAt?.toISOString() ?? null,
    })),
    // When they left (release or transfer), kept to know when their rows are due for pseudonymising.
    leftAt: exit?.leftAt.toISOString() ?? null,
    pseudonymisedAt: exit?.pseudonymisedAt?.toISOString() ?? null,
  };
}
