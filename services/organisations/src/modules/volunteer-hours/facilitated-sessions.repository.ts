import type { Prisma, PrismaClient } from '../../generated/prisma/client';

// This service's view of the activities and sessions its people facilitate, kept from the activities
// feed (src/feeds/activities.feed.ts); the held sessions' hours count as volunteer hours.

type Tx = Prisma.TransactionClient;

export interface ActivityFacilitators {
  prisonId: string;
  organisationId: string;
  /** Absent in activity events written before facilitators were published: the view keeps what it had. */
  facilitatorIds?: string[];
}

export const keepActivity = (tx: Tx, id: string, facts: ActivityFacilitators) =>
  tx.facilitatedActivity.upsert({
    where: { id },
    create: { id, ...facts, facilitatorIds: facts.facilitatorIds ?? [] },
    update: facts,
  });

export interface SessionFacts {
  activityId: string;
  startsAt: Date;
  endsAt: Date;
  status: 'SCHEDULED' | 'HELD' | 'CANCELLED';
}

export const keepSession = (tx: Tx, id: string, facts: SessionFacts) =>
  tx.facilitatedSession.upsert({ where: { id }, create: { id, ...facts }, update: facts });

/**
 * The held sessions that started in [from, to) in a prison, once per volunteer of the given organisations
 * who facilitated them (a session with two such volunteers counts twice), one statement.
 */
export const heldSessionsOfVolunteers = (prisma: PrismaClient, prisonId: string, from: Date, to: Date, organisationIds: string[]) =>
  prisma.$queryRaw<{ organisationId: string; personId: string; startsAt: Date; endsAt: Date }[]>`
    SELECT p."organisationId", p."id" AS "personId", s."startsAt", s."endsAt"
      FROM "FacilitatedSession" s
      JOIN "FacilitatedActivity" a ON a."id" = s."activityId"
      JOIN "Person" p ON p."id" = ANY(a."facilitatorIds")
     WHERE s."status" = 'HELD' AND a."prisonId" = ${prisonId}
       AND s."startsAt" >= ${from} AND s."startsAt" < ${to}
       AND p."role" = 'VOLUNTEER' AND p."organisationId" = ANY(${organisationIds})`;
