import type { PrismaClient } from '../../generated/prisma/client';

/**
 * A prison's sessions starting in [from, to), not cancelled, by start, each with the participants expected
 * there (ENROLLED in its activity, not suspended at its start): one statement whatever the number of
 * sessions. A session nobody is expected at comes once, with a null participant.
 */
export const movementRows = (prisma: PrismaClient, prisonId: string, from: Date, to: Date) =>
  prisma.$queryRaw<{ sessionId: string; participantId: string | null }[]>`
    SELECT s."id" AS "sessionId", e."participantId"
    FROM "SessionView" s
    LEFT JOIN "Enrolment" e ON e."activityId" = s."activityId" AND e."status" = 'ENROLLED'
      AND NOT EXISTS (
        SELECT 1 FROM "EnrolmentSuspension" x
         WHERE x."enrolmentId" = e."id" AND x."startsAt" <= s."startsAt" AND s."startsAt" < x."endsAt")
    WHERE s."prisonId" = ${prisonId} AND s."startsAt" >= ${from} AND s."startsAt" < ${to} AND s."status" <> 'CANCELLED'
    ORDER BY s."startsAt", s."id"`;
