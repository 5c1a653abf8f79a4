import type { AbsenceReason, AttendanceCode, PrismaClient } from '../generated/prisma/client';
import { writeMarks } from '../modules/attendance/marks.service';
import { lockActivity } from '../modules/enrolment/enrolment.repository';
import { confirmHeld } from '../modules/session/session.repository';

const DEMO = 'demo';
const REASONS: AbsenceReason[] = [
  'SICK',
  'COURT',
  'LAWYER',
  'VISIT',
  'WORK',
  'NOT_BROUGHT_BY_PRISON',
  'SECURITY_MEASURE',
  'OTHER_ACTIVITY',
];

/** A fixed draw per session and participant, so every demo database is the same: about three in four PRESENT. */
function demoMark(session: number, participant: number): { code: AttendanceCode; absenceReason: AbsenceReason | null } {
  const draw = (session * 31 + participant * 17 + session * participant * 7) % 100;
  if (draw < 76) return { code: 'PRESENT', absenceReason: null };
  if (draw < 88) return { code: 'ABSENT_EXCUSED', absenceReason: REASONS[(session + participant) % REASONS.length] };
  if (draw < 92) return { code: 'REFUSED', absenceReason: null };
  if (draw < 94) return { code: 'NOT_REQUIRED', absenceReason: null };
  return { code: 'ABSENT_UNEXCUSED', absenceReason: null };
}

/**
 * Demo marks on the demo's past sessions, once its enrolments are there: a roll call per session of each
 * participant ENROLLED in the activity (about three in four PRESENT, excused absences with their reasons, a
 * few refusals), SESSION_CANCELLED on the cancelled ones, and in every fourth activity one participant who
 * stopped coming (three unexcused absences or refusals in a row at the end), so the rule of three opens a
 * few follow-ups, through the same writes as a facilitator's roll call. Does nothing when there are marks
 * already or no enrolments yet; returns how many sessions it marked.
 */
export async function seedDemoAttendance(prisma: PrismaClient, now = new Date()): Promise<number> {
  if ((await prisma.attendanceMark.count()) > 0) return 0;
  // Past sessions, and cancelled ones whenever they are (a lockdown next week is marked now).
  const sessions = await prisma.sessionView.findMany({
    where: { OR: [{ startsAt: { lt: now } }, { status: 'CANCELLED' }] },
    orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
  });
  const enrolled = await prisma.enrolment.findMany({ where: { status: 'ENROLLED' }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
  if (!sessions.length || !enrolled.length) return 0;
  const activities = [...new Set(sessions.map((s) => s.activityId))];
  let marked = 0;
  for (const [a, activityId] of activities.entries()) {
    const own = sessions.filter((s) => s.activityId === activityId);
    const expected = enrolled.filter((e) => e.activityId === activityId);
    if (!expected.length) continue;
    for (const [n, session] of own.entries()) {
      // The one who stopped coming: the last three sessions, unexcused or refused.
      const stopped = a % 4 === 0 && own.length >= 3 && n >= own.length - 3;
      const marks = expected.map((e, p) => {
        const drawn =
          session.status === 'CANCELLED'
            ? { code: 'SESSION_CANCELLED' as const, absenceReason: null }
            : stopped && p === expected.length - 1
              ? { code: n % 2 ? ('REFUSED' as const) : ('ABSENT_UNEXCUSED' as const), absenceReason: null }
              : demoMark(n + a, p);
        return { participantId: e.participantId, enrolmentId: e.id, note: drawn.code === 'REFUSED' ? 'Wilde niet komen.' : null, ...drawn };
      });
      await prisma.$transaction(async (tx) => {
        await lockActivity(tx, activityId);
        await writeMarks(tx, session, marks, DEMO, null, session.endsAt);
        if (session.status !== 'CANCELLED') await confirmHeld(tx, session.id);
      });
      marked++;
    }
  }
  return marked;
}
