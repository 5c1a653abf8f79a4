import { randomUUID } from 'node:crypto';
import { Prisma, type AbsenceReason, type AttendanceCode, type AttendanceMark, type PrismaClient } from '../../generated/prisma/client';

// The rows of attendance: marks (one per participant and session, the unique index's word), their
// history, and the roll calls already recorded (idempotency). Every write here is one statement whatever
// the number of marks, so a roll call of 25 costs what one of 3 does.

type Tx = Prisma.TransactionClient;
type Reader = PrismaClient | Tx;

export interface MarkWrite {
  participantId: string;
  enrolmentId: string;
  code: AttendanceCode;
  absenceReason: AbsenceReason | null;
  note: string | null;
}

export interface MarkChangeRow {
  sessionId: string;
  participantId: string;
  enrolmentId: string;
  previousCode: AttendanceCode | null;
  code: AttendanceCode | null;
  absenceReason: AbsenceReason | null;
  note: string | null;
  by: string;
  at: Date;
  idempotencyKey: string | null;
}

export const marksOfSession = (db: Reader, sessionId: string) => db.attendanceMark.findMany({ where: { sessionId } });

export const marksOfSessions = (db: Reader, sessionIds: readonly string[]) =>
  db.attendanceMark.findMany({ where: { sessionId: { in: [...sessionIds] } } });

/**
 * Writes the marks of one session at once: a new row per participant, or the participant's row
 * replaced (the unique index on session and participant decides which, so a second row can never be).
 */
export async function upsertMarks(tx: Tx, session: { id: string; activityId: string }, marks: readonly MarkWrite[], by: string, at: Date) {
  if (!marks.length) return [];
  return tx.$queryRaw<AttendanceMark[]>`
    INSERT INTO "AttendanceMark" ("id", "sessionId", "participantId", "enrolmentId", "activityId", "code", "absenceReason", "note", "recordedBy", "recordedAt")
    SELECT t.id, ${session.id}, t.p, t.e, ${session.activityId}, t.c::"AttendanceCode", t.r::"AbsenceReason", t.n, ${by}, ${at}
    FROM unnest(
      ${marks.map(() => randomUUID())}::text[], ${marks.map((m) => m.participantId)}::text[], ${marks.map((m) => m.enrolmentId)}::text[],
      ${marks.map((m) => m.code)}::text[], ${marks.map((m) => m.absenceReason)}::text[], ${marks.map((m) => m.note)}::text[]
    ) AS t(id, p, e, c, r, n)
    ON CONFLICT ("sessionId", "participantId") DO UPDATE SET
      "enrolmentId" = EXCLUDED."enrolmentId", "code" = EXCLUDED."code", "absenceReason" = EXCLUDED."absenceReason",
      "note" = EXCLUDED."note", "recordedBy" = EXCLUDED."recordedBy", "recordedAt" = EXCLUDED."recordedAt"
    RETURNING *`;
}

/** Removes the session's marks of one code (the system's SESSION_CANCELLED on a restore); returns them. */
export const deleteMarksWithCode = (tx: Tx, sessionId: string, code: AttendanceCode) =>
  tx.$queryRaw<
    AttendanceMark[]
  >`DELETE FROM "AttendanceMark" WHERE "sessionId" = ${sessionId} AND "code" = ${code}::"AttendanceCode" RETURNING *`;

export const recordMarkChanges = (tx: Tx, changes: readonly MarkChangeRow[]) =>
  changes.length ? tx.attendanceMarkChange.createMany({ data: [...changes] }) : Promise.resolve({ count: 0 });

export const changesOfMarks = (db: Reader, keys: readonly { sessionId: string; participantId: string }[]) =>
  db.attendanceMarkChange.findMany({
    where: { OR: keys.map(({ sessionId, participantId }) => ({ sessionId, participantId })) },
    orderBy: [{ at: 'asc' }, { id: 'asc' }],
  });

export const findRecording = (db: Reader, idempotencyKey: string) => db.attendanceRecording.findUnique({ where: { idempotencyKey } });

export const createRecording = (
  tx: Tx,
  data: { idempotencyKey: string; sessionId: string; participantIds: string[]; recordedBy: string },
) => tx.attendanceRecording.create({ data });

/** Every mark of the enrolments with its session's start: what the rule of three reads. */
export const marksOfEnrolments = (tx: Tx, enrolmentIds: readonly string[]) =>
  tx.attendanceMark.findMany({
    where: { enrolmentId: { in: [...enrolmentIds] } },
    select: { enrolmentId: true, participantId: true, code: true, session: { select: { startsAt: true } } },
  });

/** When each of the enrolments' follow-ups was opened (any status, any trigger). */
export const followUpOpeningsOf = (tx: Tx, enrolmentIds: readonly string[]) =>
  tx.dropoutFollowUp.findMany({ where: { enrolmentId: { in: [...enrolmentIds] } }, select: { enrolmentId: true, openedAt: true } });

export const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
