import { upsertRows } from '@cort/db';
import type { Prisma, PrismaClient, SessionStatus } from '../../generated/prisma/client';

type Tx = Prisma.TransactionClient;
type Reader = PrismaClient | Tx;

/** The session as the activities feed last described it. */
export interface SessionFacts {
  sessionId: string;
  activityId: string;
  locationId: string;
  startsAt: string;
  endsAt: string;
}

export const findSessionView = (db: Reader, id: string) => db.sessionView.findUnique({ where: { id } });

/**
 * The view of a session as the facts say: its prison is its activity's (the feed names the activity
 * first, in the same transaction that scheduled the session), or, if the activity never reached this
 * service, the one it had (the session is kept all the same).
 */
const sessionRow = (
  facts: SessionFacts,
  status: SessionStatus,
  activityPrisonId: string | undefined,
  beforePrisonId: string | undefined,
) => ({
  activityId: facts.activityId,
  prisonId: activityPrisonId ?? beforePrisonId ?? '',
  locationId: facts.locationId,
  startsAt: new Date(facts.startsAt),
  endsAt: new Date(facts.endsAt),
  status,
});

/**
 * Keeps sessions' time, room and status, in order (a run of the feed, or one session), in three
 * statements whatever their number: the same rows as saving them one by one (a session named twice keeps
 * the last facts). Returns the rows as written, in order: a session's last row is the one now kept.
 */
export async function saveSessionViews(tx: Tx, sessions: readonly { facts: SessionFacts; status: SessionStatus }[]) {
  if (!sessions.length) return [];
  const [before, activities] = await Promise.all([
    tx.sessionView.findMany({ where: { id: { in: sessions.map((s) => s.facts.sessionId) } }, select: { id: true, prisonId: true } }),
    tx.activityView.findMany({ where: { id: { in: sessions.map((s) => s.facts.activityId) } }, select: { id: true, prisonId: true } }),
  ]);
  const prisonOf = new Map(before.map((row) => [row.id, row.prisonId]));
  const activityPrison = new Map(activities.map((row) => [row.id, row.prisonId]));
  const updatedAt = new Date();
  const rows = sessions.map(({ facts, status }) => {
    const row = sessionRow(facts, status, activityPrison.get(facts.activityId), prisonOf.get(facts.sessionId));
    prisonOf.set(facts.sessionId, row.prisonId);
    return { id: facts.sessionId, ...row, updatedAt };
  });
  await upsertRows(tx, 'SessionView', ['id'], rows);
  return rows;
}

/** Recording attendance confirms a session that was not cancelled: it reads HELD from then on. */
export const confirmHeld = (tx: Tx, id: string) =>
  tx.sessionView.updateMany({ where: { id, status: 'SCHEDULED' }, data: { status: 'HELD' } });

/**
 * For each session, the participants expected there (ENROLLED in its activity) who are also expected at
 * an overlapping session, not cancelled, of another activity: a schedule clash. One statement for any
 * number of sessions.
 */
export async function participantsExpectedElsewhere(db: Reader, sessionIds: readonly string[]) {
  if (!sessionIds.length) return [];
  return db.$queryRaw<{ sessionId: string; participantId: string }[]>`
    SELECT DISTINCT s."id" AS "sessionId", e."participantId"
    FROM "SessionView" s
    JOIN "Enrolment" e ON e."activityId" = s."activityId" AND e."status" = 'ENROLLED'
    JOIN "Enrolment" o ON o."participantId" = e."participantId" AND o."status" = 'ENROLLED' AND o."activityId" <> s."activityId"
    JOIN "SessionView" x ON x."activityId" = o."activityId" AND x."status" <> 'CANCELLED'
      AND x."startsAt" < s."endsAt" AND x."endsAt" > s."startsAt"
    WHERE s."id" = ANY(${[...sessionIds]}::text[])`;
}
