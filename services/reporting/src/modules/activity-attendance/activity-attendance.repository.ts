import type { PrismaClient } from '../../generated/prisma/client';

/** One session with how many of its current marks carry one code (code null: a session without marks). */
export interface SessionMarksRow {
  id: string;
  startsAt: Date;
  endsAt: Date;
  status: string;
  cancellationReason: string | null;
  code: string | null;
  marks: number;
}

/** The projected activity, for its scope (prison and organisation). */
export const findActivity = (prisma: Pick<PrismaClient, 'reportActivity'>, id: string) =>
  prisma.reportActivity.findUnique({ where: { id }, select: { id: true, prisonId: true, organisationId: true } });

/**
 * Every session of the activity with its marks counted per code, in one statement however many sessions
 * and marks: one row per session and code, by start (a session without marks has one row, code null).
 */
export const sessionMarks = (prisma: Pick<PrismaClient, '$queryRaw'>, activityId: string) =>
  prisma.$queryRaw<SessionMarksRow[]>`
    SELECT s."id", s."startsAt", s."endsAt", s."status", s."cancellationReason", m."code", count(m."code")::int AS "marks"
      FROM "ReportSession" s
      LEFT JOIN "ReportAttendance" m ON m."sessionId" = s."id"
     WHERE s."activityId" = ${activityId}
     GROUP BY s."id", m."code"
     ORDER BY s."startsAt", s."id", m."code"`;
