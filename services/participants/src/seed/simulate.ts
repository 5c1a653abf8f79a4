import type { AbsenceReason, AttendanceCode, Gender, LegalStatus, PrismaClient } from '../generated/prisma/client';
import { enrolmentRefusal } from '../domain/eligibility';
import { REQUESTERS } from '../domain/enrolment-request';
import { writeMarks } from '../modules/attendance/marks.service';
import { lockActivity } from '../modules/enrolment/enrolment.repository';
import { approveScreening, moveAndRebalance, placeRequest } from '../modules/enrolment/placement.service';
import { recordParticipantEvents } from '../modules/participant/participant.events';
import { confirmHeld } from '../modules/session/session.repository';

// `npm run simulate`: a year of one prison's detainees, enrolments and roll calls, written through this
// service's own steps (the same as a coordinator's registration and requests and a facilitator's roll
// call), each with its history and events. Invented people only: numbered, never a real name.

/** A draw in [0, 1): the simulation's seeded generator. */
export type Draw = () => number;

const BY = 'simulation';
const LEGAL: LegalStatus[] = ['CONVICTED', 'CONVICTED', 'SUSPECT', 'SUSPECT', 'INTERNED'];
const LANGUAGES = [['nl'], ['fr'], ['nl', 'fr'], ['ar', 'fr'], ['nl', 'en'], ['tr', 'nl']];
const REASONS: AbsenceReason[] = ['SICK', 'COURT', 'LAWYER', 'VISIT', 'WORK', 'NOT_BROUGHT_BY_PRISON', 'SECURITY_MEASURE'];
const CHUNK = 100;

/** Registers `count` detainees of the prison (about one in twelve a woman), a hundred per transaction; calls `progress` per chunk. */
export async function simulateDetainees(prisma: PrismaClient, prisonId: string, count: number, draw: Draw, progress = (_n: number) => {}) {
  for (let start = 0; start < count; start += CHUNK) {
    const size = Math.min(CHUNK, count - start);
    await prisma.$transaction(async (tx) => {
      const rows = Array.from({ length: size }, (_, offset) => {
        const n = start + offset + 1;
        const gender: Gender = draw() < 0.08 ? 'FEMALE' : 'MALE';
        return {
          prisonId,
          detaineeNumber: `SIM-${prisonId.slice(0, 3)}-${String(n).padStart(5, '0')}`,
          firstName: 'Simulatie',
          lastName: `Gedetineerde ${n}`,
          gender,
          legalStatus: LEGAL[Math.floor(draw() * LEGAL.length)],
          languages: LANGUAGES[Math.floor(draw() * LANGUAGES.length)],
          section: `Sectie ${String.fromCharCode(65 + (n % 4))}`,
          registeredBy: BY,
        };
      });
      await recordParticipantEvents(tx, 'ParticipantRegistered', await tx.participant.createManyAndReturn({ data: rows }));
    });
    progress(size);
  }
}

/**
 * Requests for every published activity of the prison that this service has learnt from the feed: a few
 * more than its places (a waiting list), made in the fortnight before it starts, screenings approved, and
 * in one activity in five an early dropout that promotes the head of the list. Returns how many requests.
 */
export async function simulateEnrolments(prisma: PrismaClient, prisonId: string, draw: Draw, progress = (_n: number) => {}) {
  const activities = await prisma.activityView.findMany({ where: { prisonId, status: 'PUBLISHED' }, orderBy: { id: 'asc' } });
  const participants = await prisma.participant.findMany({ where: { prisonId, status: 'IN_CUSTODY' }, orderBy: { detaineeNumber: 'asc' } });
  let made = 0;
  for (const activity of activities) {
    const eligible = participants.filter((p) => !enrolmentRefusal(p, activity, activity.endsOn));
    const start = Math.floor(draw() * Math.max(eligible.length, 1));
    const chosen = [...eligible.slice(start), ...eligible.slice(0, start)].slice(0, activity.capacity + Math.floor(draw() * 4));
    await prisma.$transaction(async (tx) => {
      await lockActivity(tx, activity.id);
      const placed = [];
      for (const [n, participant] of chosen.entries()) {
        const request = { participantId: participant.id, idempotencyKey: `simulation:${activity.id}:${participant.id}`, note: null };
        const requestedOn = new Date(Date.UTC(activity.endsOn.getUTCFullYear(), 0, 1) - (1 + Math.floor(draw() * 14)) * 86_400_000);
        placed.push(await placeRequest(tx, activity, { ...request, requester: REQUESTERS[n % REQUESTERS.length], requestedOn, by: BY }));
      }
      for (const enrolment of placed)
        if (enrolment.status === 'IN_SCREENING') await approveScreening(tx, enrolment, activity, BY, 'Screening positief.');
      const enrolled = await tx.enrolment.findFirst({ where: { activityId: activity.id, status: 'ENROLLED' }, orderBy: { id: 'asc' } });
      if (enrolled && draw() < 0.2) await moveAndRebalance(tx, enrolled, activity, 'DROPPED_OUT', BY, 'Kwam niet meer.');
    });
    made += chosen.length;
    progress(chosen.length);
  }
  return made;
}

/** A participant's mark on a held session: about four in five present, excused absences with a reason, a few refusals. */
function drawnMark(draw: Draw): { code: AttendanceCode; absenceReason: AbsenceReason | null } {
  const x = draw();
  if (x < 0.8) return { code: 'PRESENT', absenceReason: null };
  if (x < 0.92) return { code: 'ABSENT_EXCUSED', absenceReason: REASONS[Math.floor(draw() * REASONS.length)] };
  if (x < 0.96) return { code: 'ABSENT_UNEXCUSED', absenceReason: null };
  if (x < 0.98) return { code: 'REFUSED', absenceReason: null };
  return { code: 'NOT_REQUIRED', absenceReason: null };
}

/**
 * The roll call of every held or cancelled session of the prison's activities that started before
 * `before` (SESSION_CANCELLED on the cancelled ones), for the participants ENROLLED in the activity, as a
 * facilitator's roll call writes them: `sessionsPerTransaction` sessions at a time under the activity's
 * lock. Calls `progress` with the marks of each batch; returns how many marks it wrote.
 */
export async function simulateMarks(
  prisma: PrismaClient,
  prisonId: string,
  before: Date,
  draw: Draw,
  { sessionsPerTransaction = 25, progress = (_n: number) => {} } = {},
) {
  const activities = await prisma.activityView.findMany({ where: { prisonId, status: 'PUBLISHED' }, orderBy: { id: 'asc' } });
  let written = 0;
  for (const activity of activities) {
    const enrolled = await prisma.enrolment.findMany({ where: { activityId: activity.id, status: 'ENROLLED' }, orderBy: { id: 'asc' } });
    if (!enrolled.length) continue;
    const sessions = await prisma.sessionView.findMany({
      where: { activityId: activity.id, startsAt: { lt: before }, status: { in: ['HELD', 'CANCELLED', 'SCHEDULED'] } },
      orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
    });
    for (let start = 0; start < sessions.length; start += sessionsPerTransaction) {
      const batch = sessions.slice(start, start + sessionsPerTransaction);
      let marks = 0;
      await prisma.$transaction(
        async (tx) => {
          await lockActivity(tx, activity.id);
          for (const session of batch) {
            const rows = enrolled.map((e) => {
              const drawn = session.status === 'CANCELLED' ? { code: 'SESSION_CANCELLED' as const, absenceReason: null } : drawnMark(draw);
              return { participantId: e.participantId, enrolmentId: e.id, note: null, ...drawn };
            });
            marks += (await writeMarks(tx, session, rows, BY, null, session.endsAt)).length;
            if (session.status !== 'CANCELLED') await confirmHeld(tx, session.id);
          }
        },
        { timeout: 120_000, maxWait: 60_000 },
      );
      written += marks;
      progress(marks);
    }
  }
  return written;
}
