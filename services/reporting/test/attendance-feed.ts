import type { Caller } from '@cort/auth';
import type { DomainEvent } from '@cort/events';
import { createContextFactory } from '../src/context';
import type { PrismaClient } from '../src/generated/prisma/client';
import { activityAttendance } from '../src/modules/activity-attendance/activity-attendance.service';
import { activity, cancellation, enrolment, exit, followUpClosed, followUpOpened, mark, session, sessionEvent } from './events';

// A feed of every kind of event reporting projects for attendance, shared by the attendance and replay
// tests: activity a1 (HAREN, organisation o1) with eight participants and five sessions, one of them
// cancelled in a lockdown and one cancelled then restored and moved; marks recorded, changed and removed;
// a follow-up opened and done, another closed by a release.
export const NOW = new Date('2026-06-15T12:00:00Z');
export const PEOPLE = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8'];

export const activitiesFeed: DomainEvent[] = [
  activity('a1', 'EDUCATIONAL'),
  session('s1', 'a1', '2026-02-02T09:00:00Z'),
  session('s2', 'a1', '2026-02-09T09:00:00Z'),
  session('s3', 'a1', '2026-02-16T09:00:00Z'),
  session('s4', 'a1', '2026-02-23T09:00:00Z'),
  session('s5', 'a1', '2026-09-07T09:00:00Z'),
  sessionEvent('SessionHeld', 's1', 'a1', '2026-02-02T09:00:00Z'),
  // s3: a lockdown (reason code); s2: cancelled before codes existed (version 1), restored and moved a day on.
  cancellation('s3', 'a1', '2026-02-16T09:00:00Z', 'LOCKDOWN'),
  session('s2', 'a1', '2026-02-09T09:00:00Z', 2, 'CANCELLED'),
  sessionEvent('SessionRestored', 's2', 'a1', '2026-02-09T09:00:00Z'),
  sessionEvent('SessionMoved', 's2', 'a1', '2026-02-10T09:00:00Z', 2, '2026-02-09T09:00:00Z'),
  // s4 is held by its attendance before the event arrives for it: over, not cancelled.
];

export const participantsFeed: DomainEvent[] = [
  ...PEOPLE.map((p) => enrolment(p, 'a1')),
  // s1: six present, p7 sick, p8 refused, then corrected to present (the change replaces the mark).
  ...PEOPLE.slice(0, 6).map((p) => mark('s1', p, 'a1', 'PRESENT')),
  mark('s1', 'p7', 'a1', 'ABSENT_EXCUSED'),
  mark('s1', 'p8', 'a1', 'REFUSED'),
  mark('s1', 'p8', 'a1', 'PRESENT', { previousCode: 'REFUSED' }),
  // s2 was cancelled: everyone SESSION_CANCELLED; restored: the marks removed; then five present, three absent.
  ...PEOPLE.map((p) => mark('s2', p, 'a1', 'SESSION_CANCELLED')),
  ...PEOPLE.map((p) => mark('s2', p, 'a1', null, { previousCode: 'SESSION_CANCELLED' })),
  ...PEOPLE.slice(0, 5).map((p) => mark('s2', p, 'a1', 'PRESENT')),
  ...PEOPLE.slice(5).map((p) => mark('s2', p, 'a1', 'ABSENT_UNEXCUSED')),
  // s3: the lockdown's marks.
  ...PEOPLE.map((p) => mark('s3', p, 'a1', 'SESSION_CANCELLED')),
  // s4: seven present, p1 not required.
  ...PEOPLE.slice(1).map((p) => mark('s4', p, 'a1', 'PRESENT')),
  mark('s4', 'p1', 'a1', 'NOT_REQUIRED'),
  followUpOpened('f1', 'p6', 'a1'),
  followUpClosed('f1', 'p6', 'a1', { status: 'DONE', reasons: ['HEALTH'], outcome: 'RESUMED', heldOn: '2026-02-20', cause: null }),
  followUpOpened('f2', 'p7', 'a1', null),
  exit('p7', new Date('2026-03-01T10:00:00Z')),
  followUpClosed('f2', 'p7', 'a1', { status: 'CLOSED', reasons: [], outcome: null, heldOn: null, cause: 'RELEASED' }),
];

export const COORDINATOR: Caller = { kind: 'user', sub: 'c-1', roles: ['COORDINATOR'], prisons: ['HAREN'] };

/** activityAttendance as a coordinator of HAREN reads it at NOW. */
export const attendanceOf = (prisma: PrismaClient, activityId = 'a1', caller: Caller = COORDINATOR) =>
  activityAttendance(createContextFactory(prisma)({ caller, requestId: 'test' }), activityId, NOW);

/**
 * Every row the projections of this feed write (without update and enrolment times, which depend on when
 * they were applied) and the attendance figures: two databases fed the same events compare equal.
 */
export async function projectedRowsOf(prisma: PrismaClient) {
  const strip = <T extends { updatedAt?: Date }>(rows: T[]) => rows.map(({ updatedAt: _, ...row }) => row);
  return {
    attendance: await attendanceOf(prisma),
    activities: strip(await prisma.reportActivity.findMany({ orderBy: { id: 'asc' } })),
    sessions: strip(await prisma.reportSession.findMany({ orderBy: { id: 'asc' } })),
    marks: await prisma.reportAttendance.findMany({ orderBy: [{ sessionId: 'asc' }, { participantId: 'asc' }] }),
    followUps: await prisma.reportFollowUp.findMany({ orderBy: { id: 'asc' } }),
    enrolments: (await prisma.reportEnrolment.findMany({ orderBy: [{ activityId: 'asc' }, { participantId: 'asc' }] })).map(
      ({ enrolledAt: _, ...row }) => row,
    ),
    exits: await prisma.reportParticipantExit.findMany({ orderBy: { participantId: 'asc' } }),
  };
}
