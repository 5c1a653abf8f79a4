import type { Prisma, PrismaClient } from '../../generated/prisma/client';

type Reader = PrismaClient | Prisma.TransactionClient;

export interface WarningRow {
  keptApartFromSomeoneIn: boolean;
  sessionClash: boolean;
  droppedOutBefore: boolean;
}

/**
 * What the warnings of one activity are judged on, for each of several participants, in one statement whatever
 * their number and the number of sessions, enrolments and non-associations: someone kept apart from them with an
 * open enrolment in it; a coming scheduled session of it overlapping a coming scheduled session of another
 * activity they are ENROLLED in (from the sessions this service keeps from the activities feed); an earlier
 * dropout from it or from any earlier edition of it (the editions' links, from the same feed).
 * Inside a transaction holding the activity's lock, it sees every enrolment placed before. A group of requests
 * placed together reads its members' facts with it once (enrolment-request.service.ts).
 */
export async function warningFactsOf(db: Reader, participantIds: readonly string[], activityId: string): Promise<Map<string, WarningRow>> {
  const ids = [...new Set(participantIds)];
  if (!ids.length) return new Map();
  const rows = await db.$queryRaw<(WarningRow & { participantId: string })[]>`
    WITH RECURSIVE editions AS (
      SELECT ${activityId}::text AS id
      UNION
      SELECT ae."previousActivityId" FROM "ActivityEdition" AS ae JOIN editions ON ae."activityId" = editions.id
    )
    SELECT
      p.id AS "participantId",
      EXISTS (
        SELECT 1 FROM "NonAssociation" AS n
          JOIN "Enrolment" AS e
            ON e."participantId" = CASE WHEN n."participantAId" = p.id THEN n."participantBId" ELSE n."participantAId" END
           AND e."activityId" = ${activityId}
           AND e."status" IN ('REQUESTED', 'IN_SCREENING', 'ENROLLED', 'WAITLISTED')
         WHERE n."closedAt" IS NULL AND (n."participantAId" = p.id OR n."participantBId" = p.id)
      ) AS "keptApartFromSomeoneIn",
      EXISTS (
        SELECT 1 FROM "SessionView" AS s
          JOIN "SessionView" AS o ON o."startsAt" < s."endsAt" AND s."startsAt" < o."endsAt" AND o."activityId" <> s."activityId"
          JOIN "Enrolment" AS e ON e."activityId" = o."activityId" AND e."participantId" = p.id AND e."status" = 'ENROLLED'
         WHERE s."activityId" = ${activityId} AND s."status" = 'SCHEDULED' AND o."status" = 'SCHEDULED' AND s."endsAt" > now()
      ) AS "sessionClash",
      EXISTS (
        SELECT 1 FROM "Enrolment" AS e
         WHERE e."participantId" = p.id AND e."activityId" IN (SELECT id FROM editions) AND e."status" = 'DROPPED_OUT'
      ) AS "droppedOutBefore"
    FROM unnest(${ids}::text[]) AS p(id)`;
  return new Map(rows.map(({ participantId, ...facts }) => [participantId, facts]));
}

/** The same for one participant (one statement). */
export const warningFacts = async (db: Reader, participantId: string, activityId: string): Promise<WarningRow> =>
  (await warningFactsOf(db, [participantId], activityId)).get(participantId)!;
