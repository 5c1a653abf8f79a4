import type { EnrolmentSuspension, Prisma, PrismaClient, SuspensionReason } from '../../generated/prisma/client';
import type { Period } from '../../domain/suspension';

// The rows of suspensions. Whether a session falls in one is decided in SQL by the session's start, so a
// day's lists cost one statement whatever the number of sessions and suspensions.

type Tx = Prisma.TransactionClient;
type Reader = PrismaClient | Tx;

export const suspensionsOfEnrolment = (db: Reader, enrolmentId: string) =>
  db.enrolmentSuspension.findMany({ where: { enrolmentId }, orderBy: [{ startsAt: 'asc' }, { id: 'asc' }] });

export const suspensionsOfEnrolments = (db: Reader, enrolmentIds: readonly string[]) =>
  db.enrolmentSuspension.findMany({ where: { enrolmentId: { in: [...enrolmentIds] } }, orderBy: [{ startsAt: 'asc' }, { id: 'asc' }] });

export const createSuspension = (
  tx: Tx,
  data: {
    enrolmentId: string;
    participantId: string;
    activityId: string;
    prisonId: string;
    from: Date;
    until: Date;
    reason: SuspensionReason;
    note: string | null;
    suspendedBy: string;
  } & Period,
) => tx.enrolmentSuspension.create({ data });

/** A resumption: the period ends at `endsAt` (now, or its start when it had not begun). */
export const endSuspension = (tx: Tx, id: string, endsAt: Date, by: string, at: Date): Promise<EnrolmentSuspension> =>
  tx.enrolmentSuspension.update({ where: { id }, data: { endsAt, resumedAt: at, resumedBy: by } });

/** The enrolment's marks at sessions starting in the period that are not neutral already: a suspension makes them NOT_REQUIRED. */
export const marksToExcuse = (tx: Tx, enrolmentId: string, period: Period) =>
  tx.attendanceMark.findMany({
    where: {
      enrolmentId,
      code: { notIn: ['NOT_REQUIRED', 'SESSION_CANCELLED'] },
      session: { startsAt: { gte: period.startsAt, lt: period.endsAt } },
    },
    include: { session: { select: { id: true, activityId: true, startsAt: true } } },
  });

/** The participants of an activity suspended at a session starting at `startsAt`. */
export async function suspendedAt(db: Reader, activityId: string, startsAt: Date) {
  const rows = await db.enrolmentSuspension.findMany({
    where: { activityId, startsAt: { lte: startsAt }, endsAt: { gt: startsAt } },
    select: { participantId: true },
  });
  return new Set(rows.map((r) => r.participantId));
}

/** For each session, the participants of its activity suspended at its start: one statement for any number of sessions. */
export async function suspendedAtSessions(db: Reader, sessionIds: readonly string[]) {
  if (!sessionIds.length) return [];
  return db.$queryRaw<{ sessionId: string; participantId: string }[]>`
    SELECT s."id" AS "sessionId", x."participantId"
    FROM "SessionView" s
    JOIN "EnrolmentSuspension" x ON x."activityId" = s."activityId" AND x."startsAt" <= s."startsAt" AND s."startsAt" < x."endsAt"
    WHERE s."id" = ANY(${[...sessionIds]}::text[])`;
}
