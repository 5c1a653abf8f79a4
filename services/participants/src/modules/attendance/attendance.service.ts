import { actorOf, badUserInput, conflict, loadForChange, refuseProblems } from '@cort/subgraph';
import type { Context } from '../../context';
import type { AttendanceMark as MarkRow, AttendanceRecording } from '../../generated/prisma/client';
import { noteOf, rollCallProblem, type MarkInput } from '../../domain/attendance-marks';
import { idempotencyKeyProblems } from '../../domain/idempotency-key';
import { attendanceRecorder, attendanceScope, rollCallView, seenAs, type SessionWithActivity } from '../../policy';
import { lockActivity } from '../enrolment/enrolment.repository';
import { confirmHeld, findSessionView } from '../session/session.repository';
import { suspendedAt } from '../suspension/suspension.repository';
import { createRecording, findRecording, isUniqueViolation, marksOfSession } from './attendance.repository';
import { writeMarks } from './marks.service';

export interface RecordAttendance {
  sessionId: string;
  idempotencyKey: string;
  marks: MarkInput[];
}

/** The session and its activity; a session not heard of yet is looked for once more on the activities feed. */
async function sessionWithActivity(ctx: Context, id: string): Promise<SessionWithActivity | null> {
  const prisma = ctx.prisma;
  let session = await findSessionView(prisma, id);
  if (!session) {
    await ctx.activities.catchUp();
    session = await findSessionView(prisma, id);
  }
  const activity = session && (await prisma.activityView.findUnique({ where: { id: session.activityId } }));
  return session && activity ? { ...session, activity } : null;
}

/** The marks of a roll call's participants as they now are, each participant seen as the caller may. */
async function answer(ctx: Context, session: SessionWithActivity, participantIds: readonly string[]) {
  const view = rollCallView(ctx.caller, session.activity);
  const wanted = new Set(participantIds);
  const marks = (await marksOfSession(ctx.prisma, session.id)).filter((m) => wanted.has(m.participantId));
  const participants = await ctx.loaders.participant.loadMany(marks.map((m) => m.participantId));
  return {
    session: { id: session.id },
    marks: marks.flatMap((mark: MarkRow, i) => {
      const participant = participants[i];
      return participant && !(participant instanceof Error) ? [{ ...mark, participant: seenAs(participant, view) }] : [];
    }),
  };
}

/** The same key again: the same roll call, answered as it now stands; a key of another session is a client bug. */
function replay(ctx: Context, session: SessionWithActivity, recording: AttendanceRecording) {
  if (recording.sessionId !== session.id) throw conflict('This idempotency key was used for another session.', { field: 'idempotencyKey' });
  return answer(ctx, session, recording.participantIds);
}

/**
 * A roll call: the caller must run the session (attendanceScope), every mark must pass the rules
 * (domain/attendance-marks.ts) against who is expected now (ENROLLED in the activity, or marked at the
 * session before: a correction), and then all marks are written in one transaction under the activity's
 * lock, or none. The same idempotency key again writes nothing and answers the same marks.
 */
export async function recordAttendance(ctx: Context, input: RecordAttendance) {
  const session = await loadForChange(ctx.caller, attendanceScope, input.sessionId, (id) => sessionWithActivity(ctx, id));
  const key = input.idempotencyKey;
  refuseProblems(idempotencyKeyProblems(key));
  const earlier = await findRecording(ctx.prisma, key);
  if (earlier) return replay(ctx, session, earlier);
  const by = actorOf(ctx.caller);
  const recorder = attendanceRecorder(ctx.caller, session.activity);
  const participantIds = input.marks.map((m) => m.participantId);
  let concurrent: AttendanceRecording | null = null;
  try {
    concurrent = await ctx.prisma.$transaction(async (tx) => {
      await lockActivity(tx, session.activityId);
      // Under the lock: the same key sent twice at once finds the first roll call here.
      const first = await findRecording(tx, key);
      if (first) return first;
      const fresh = (await findSessionView(tx, session.id))!;
      const enrolled = await tx.enrolment.findMany({
        where: { activityId: session.activityId, status: 'ENROLLED' },
        select: { id: true, participantId: true },
      });
      const current = await marksOfSession(tx, session.id);
      const enrolmentOf = new Map([
        ...current.map((m) => [m.participantId, m.enrolmentId] as const),
        ...enrolled.map((e) => [e.participantId, e.id] as const),
      ]);
      const problem = rollCallProblem(fresh, input.marks, new Set(enrolmentOf.keys()), recorder, new Date());
      if (problem) throw badUserInput(problem.message, problem.field, { reason: problem.reason });
      // A participant suspended at the session was not expected: whatever is sent, they are NOT_REQUIRED.
      const suspended = await suspendedAt(tx, session.activityId, fresh.startsAt);
      const writes = input.marks.map((m) => ({
        participantId: m.participantId,
        enrolmentId: enrolmentOf.get(m.participantId)!,
        ...(suspended.has(m.participantId)
          ? { code: 'NOT_REQUIRED' as const, absenceReason: null }
          : { code: m.code, absenceReason: m.absenceReason ?? null }),
        note: noteOf(m.note),
      }));
      await writeMarks(tx, fresh, writes, by, key, new Date(), current);
      await confirmHeld(tx, session.id);
      await createRecording(tx, { idempotencyKey: key, sessionId: session.id, participantIds, recordedBy: by });
      return null;
    });
  } catch (error) {
    // The same key committed by a concurrent call between our two looks: that roll call is this one.
    if (!isUniqueViolation(error)) throw error;
    const winner = await findRecording(ctx.prisma, key);
    if (!winner) throw error;
    return replay(ctx, session, winner);
  }
  return concurrent ? replay(ctx, session, concurrent) : answer(ctx, session, participantIds);
}
