import type { DomainEvent } from '@cort/events';
import type { Producer } from '../src/domain/report-events';
import { applyEvents } from '../src/feeds/projections';
import { countDue, pseudonymiseDue } from '../src/retention/pseudonymise';
import { activitiesFeed, attendanceOf, participantsFeed } from './attendance-feed';
import { enrolment, followUpOpened, mark, participant } from './events';
import { reportingDatabase } from './database';

// Retention over attendance marks and follow-ups (PGlite, or PostgreSQL with TEST_DATABASE_URL): p7 left on
// 1 March 2026, with four marks and a follow-up the release closed.
const CUTOFF = new Date('2026-04-01T00:00:00Z');

describe(`reporting retention of attendance and follow-ups (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  const apply = (producer: Producer, events: DomainEvent[]) => reporting.prisma.$transaction((tx) => applyEvents(tx, producer, events));

  const reporting = reportingDatabase();
  beforeAll(async () => {
    await apply('activities', activitiesFeed);
    await apply('participants', participantsFeed);
  });

  it('gives their marks and follow-ups the pseudonym of their enrolments, the follow-up a fresh id, and every figure stays', async () => {
    const before = await attendanceOf(reporting.prisma);
    expect(await countDue(reporting.prisma, CUTOFF)).toEqual({ participants: 1, enrolments: 1, attendanceMarks: 4, followUps: 1 });
    expect(await pseudonymiseDue(reporting.prisma, CUTOFF)).toEqual({ participants: 1, enrolments: 1, attendanceMarks: 4, followUps: 1 });

    expect(await attendanceOf(reporting.prisma)).toEqual(before);
    expect(await reporting.prisma.reportAttendance.count({ where: { participantId: 'p7' } })).toBe(0);
    expect(await reporting.prisma.reportFollowUp.count({ where: { OR: [{ participantId: 'p7' }, { id: 'f2' }] } })).toBe(0);
    const [{ participantId: pseudonym }] = await reporting.prisma.reportEnrolment.findMany({
      where: { participantId: { notIn: ['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p8'] } },
    });
    expect(await reporting.prisma.reportAttendance.count({ where: { participantId: pseudonym } })).toBe(4);
    expect(await reporting.prisma.reportFollowUp.findMany({ where: { participantId: pseudonym } })).toEqual([
      expect.objectContaining({ status: 'CLOSED', cause: 'RELEASED', trigger: 'DROPPED_OUT' }),
    ]);
    expect(await countDue(reporting.prisma, CUTOFF)).toEqual({ participants: 0, enrolments: 0, attendanceMarks: 0, followUps: 0 });
  });

  it('does not project a mark of theirs that arrives afterwards: it would undo the pseudonym', async () => {
    const before = await attendanceOf(reporting.prisma);
    expect(await apply('participants', [mark('s4', 'p7', 'a1', 'PRESENT')])).toBe(1);
    expect(await reporting.prisma.reportAttendance.count({ where: { participantId: 'p7' } })).toBe(0);
    expect(await attendanceOf(reporting.prisma)).toEqual(before);
    expect(await apply('participants', participantsFeed)).toBe(0);
    expect(await reporting.prisma.reportAttendance.count({ where: { participantId: 'p7' } })).toBe(0);
  });

  it("projects none of theirs in a page of every kind, each written alone or in a run, and the others' of the page as ever; theirs are processed, not set aside", async () => {
    const lettersBefore = await reporting.prisma.deadLetterEvent.count();
    const page = [
      participant('p7', 'MALE', 'CONVICTED', 'ParticipantUpdated'),
      participant('p1', 'FEMALE', 'SUSPECT', 'ParticipantUpdated'),
      mark('s5', 'p7', 'a1', 'PRESENT'),
      mark('s5', 'p1', 'a1', 'PRESENT'),
      enrolment('p7', 'a2', 'REQUESTED'),
      enrolment('p2', 'a2', 'REQUESTED'),
      followUpOpened('f7', 'p7', 'a1'),
      followUpOpened('f8', 'p2', 'a1'),
    ];
    expect(await apply('participants', page)).toBe(page.length);
    const p7 = { participantId: 'p7' };
    expect(await reporting.prisma.reportParticipant.count({ where: p7 })).toBe(0);
    expect(await reporting.prisma.reportAttendance.count({ where: p7 })).toBe(0);
    expect(await reporting.prisma.reportEnrolmentRequest.count({ where: p7 })).toBe(0);
    expect(await reporting.prisma.reportFollowUp.count({ where: { OR: [p7, { id: 'f7' }] } })).toBe(0);
    expect(await reporting.prisma.reportParticipant.findUnique({ where: { participantId: 'p1' } })).toEqual({
      participantId: 'p1',
      gender: 'FEMALE',
      legalStatus: 'SUSPECT',
    });
    expect(await reporting.prisma.reportAttendance.count({ where: { sessionId: 's5', participantId: 'p1', code: 'PRESENT' } })).toBe(1);
    expect(await reporting.prisma.reportEnrolmentRequest.count({ where: { participantId: 'p2', activityId: 'a2' } })).toBe(1);
    expect(await reporting.prisma.reportFollowUp.count({ where: { id: 'f8', participantId: 'p2', status: 'OPEN' } })).toBe(1);
    expect(await reporting.prisma.deadLetterEvent.count()).toBe(lettersBefore);
    expect(await apply('participants', page)).toBe(0);
  });

  // Two transactions at once need PostgreSQL: PGlite runs one at a time, so there the claim is simply first.
  (process.env.TEST_DATABASE_URL ? it : it.skip)(
    'a page waits for a pseudonymisation under way and then projects nothing of theirs, so no row is left under the real id',
    async () => {
      await reporting.prisma.reportParticipantExit.create({ data: { participantId: 'p9', leftAt: new Date('2026-03-01T00:00:00Z') } });
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      let claimed!: () => void;
      const claimMade = new Promise<void>((resolve) => (claimed = resolve));
      // Retention's claim (pseudonymiseDue), held open until the page is seen waiting for it.
      const claim = reporting.prisma.$transaction(
        async (tx) => {
          await tx.reportParticipantExit.updateMany({
            where: { participantId: 'p9', pseudonymisedAt: null },
            data: { pseudonymisedAt: new Date() },
          });
          claimed();
          await released;
        },
        { timeout: 60_000 },
      );
      await claimMade;
      const page = apply('participants', [mark('s5', 'p9', 'a1', 'PRESENT')]);
      let settled = false;
      void page.finally(() => (settled = true)).catch(() => undefined);
      const waiting = async () =>
        (
          await reporting.prisma.$queryRaw<{ n: number }[]>`
            SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`
        )[0].n > 0;
      // Until the page waits on the claim's row (or, without the lock, has already written and finished).
      while (!settled && !(await waiting())) await new Promise((resolve) => setTimeout(resolve, 20));
      release();
      await claim;
      expect(await page).toBe(1);
      expect(await reporting.prisma.reportAttendance.count({ where: { participantId: 'p9' } })).toBe(0);
    },
  );
});
