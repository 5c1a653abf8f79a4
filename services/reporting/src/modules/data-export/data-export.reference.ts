import type { Context } from '../../context';

/**
 * Reached only through participantDataExport, which the participants service gives to the coordinators
 * of the participant's prison; the policy admits the same roles here, and only the rows of activities
 * in the caller's prisons are handed out. After the retention period their rows carry a pseudonym, so an
 * export then finds none.
 */
export const dataExportReference = {
  ParticipantDataExport: {
    __resolveReference: async ({ participantId }: { participantId: string }, { prisma, caller }: Context) => {
      const prisons = caller.kind === 'user' ? caller.prisons : [];
      const [enrolments, exit] = await Promise.all([
        prisma.reportEnrolment.findMany({ where: { participantId }, orderBy: { enrolledAt: 'asc' } }),
        prisma.reportParticipantExit.findUnique({ where: { participantId } }),
      ]);
      const activities = await prisma.reportActivity.findMany({
        where: { id: { in: enrolments.map((e) => e.activityId) }, prisonId: { in: prisons } },
      });
      const visible = new Map(activities.map((a) => [a.id, a]));
      return {
        participantId,
        reporting: {
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
        },
      };
    },
  },
};
