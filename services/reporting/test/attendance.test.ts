import { randomUUID } from 'node:crypto';
import { graphql } from 'graphql';
import type { Caller, Role } from '@cort/auth';
import type { DomainEvent } from '@cort/events';
import { createContextFactory } from '../src/context';
import type { Producer } from '../src/domain/report-events';
import { yearBounds } from '../src/domain/report-year';
import { applyEvents } from '../src/feeds/projections';
import { offerCounts } from '../src/modules/offer-overview/offer-overview.repository';
import { buildSchema } from '../src/schema';
import { activitiesFeed, attendanceOf, NOW, participantsFeed } from './attendance-feed';
import { sessionEvent } from './events';
import { reportingDatabase } from './database';

// Attendance, sessions held, cancelled, restored and moved, and follow-ups, projected from events shaped as
// the activities and participants services write them, on a real database (PGlite, or PostgreSQL with
// TEST_DATABASE_URL); activityAttendance read through the subgraph's schema, its policy in front.
const counts = (given: Record<string, number | null>) => ({
  present: 0,
  absentExcused: 0,
  absentUnexcused: 0,
  refused: 0,
  clash: 0,
  notRequired: 0,
  sessionCancelled: 0,
  ...given,
});

describe(`attendance figures (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  const reporting = reportingDatabase();
  const apply = (producer: Producer, events: DomainEvent[]) => reporting.prisma.$transaction((tx) => applyEvents(tx, producer, events));

  beforeAll(async () => {
    await apply('activities', activitiesFeed);
    await apply('participants', participantsFeed);
  });

  it('gives per session its day, status and marks by code, a changed mark replacing the earlier one', async () => {
    const { sessions } = await attendanceOf(reporting.prisma);
    expect(sessions.map(({ session, date, status, cancellationReason }) => [session.id, date, status, cancellationReason])).toEqual([
      ['s1', '2026-02-02', 'HELD', null],
      // Moved a day on, restored after a cancellation: scheduled again, over, so held.
      ['s2', '2026-02-10', 'HELD', null],
      ['s3', '2026-02-16', 'CANCELLED', 'LOCKDOWN'],
      ['s4', '2026-02-23', 'HELD', null],
      ['s5', '2026-09-07', 'SCHEDULED', null],
    ]);
    // s1: p8's refusal was corrected to present; one excused absence is withheld, and the rate with it.
    expect(sessions[0]).toMatchObject({ marks: counts({ present: 7, absentExcused: null }), attendanceRate: null, suppressed: true });
    // s2: its SESSION_CANCELLED marks were removed on restoring; three unexcused absences are withheld.
    expect(sessions[1]).toMatchObject({ marks: counts({ present: 5, absentUnexcused: null }), attendanceRate: null, suppressed: true });
    expect(sessions[2]).toMatchObject({ marks: counts({ sessionCancelled: 8 }), attendanceRate: null, suppressed: false });
    // s4: the one NOT_REQUIRED is withheld but is not in the rate: 7 present of 7.
    expect(sessions[3]).toMatchObject({ marks: counts({ present: 7, notRequired: null }), attendanceRate: 1, suppressed: true });
    expect(sessions[4]).toMatchObject({ marks: counts({}), attendanceRate: null, suppressed: false });
  });

  it('gives the totals, small ones withheld, and the sessions held and cancelled', async () => {
    expect((await attendanceOf(reporting.prisma)).total).toEqual({
      sessionsHeld: 3,
      sessionsCancelled: 1,
      marks: counts({ present: 19, absentExcused: null, absentUnexcused: null, notRequired: null, sessionCancelled: 8 }),
      attendanceRate: null,
      suppressed: true,
    });
  });

  it('counts in offerOverview the sessions held (said held, or over) and not the cancelled ones, at their moved times', async () => {
    expect(await offerCounts(reporting.prisma, 'HAREN', yearBounds(2026), NOW)).toEqual({
      EDUCATIONAL: { activities: 1, sessionsHeld: 3, participants: 8 },
    });
    // Attendance recorded during s5 would confirm it held before it is over: SessionHeld counts it at once.
    const held = activitiesFeed.find((e) => e.payload.sessionId === 's5')!;
    await apply('activities', [sessionEvent('SessionHeld', 's5', 'a1', held.payload.startsAt as string)]);
    expect((await offerCounts(reporting.prisma, 'HAREN', yearBounds(2026), NOW)).EDUCATIONAL).toEqual({
      activities: 1,
      sessionsHeld: 4,
      participants: 8,
    });
    expect((await attendanceOf(reporting.prisma)).total.sessionsHeld).toBe(4);
  });

  it('keeps follow-ups from opening to closing, codes only', async () => {
    const rows = await reporting.prisma.reportFollowUp.findMany({ orderBy: { id: 'asc' } });
    expect(
      rows.map(({ id, participantId, trigger, absencesInRow, status, reasons, outcome, cause }) => ({
        id,
        participantId,
        trigger,
        absencesInRow,
        status,
        reasons,
        outcome,
        cause,
      })),
    ).toEqual([
      {
        id: 'f1',
        participantId: 'p6',
        trigger: 'ABSENCES',
        absencesInRow: 3,
        status: 'DONE',
        reasons: ['HEALTH'],
        outcome: 'RESUMED',
        cause: null,
      },
      {
        id: 'f2',
        participantId: 'p7',
        trigger: 'DROPPED_OUT',
        absencesInRow: null,
        status: 'CLOSED',
        reasons: [],
        outcome: null,
        cause: 'RELEASED',
      },
    ]);
  });

  describe('who reads an activity’s attendance', () => {
    let send: (caller: Caller, activityId: string) => ReturnType<typeof graphql>;
    beforeAll(async () => {
      const schema = await buildSchema();
      const contextOf = createContextFactory(reporting.prisma);
      send = (caller, activityId) =>
        graphql({
          schema,
          source: 'query ($id: ID!) { activityAttendance(activityId: $id) { total { sessionsHeld } sessions { session { id } } } }',
          variableValues: { id: activityId },
          contextValue: contextOf({ caller, requestId: randomUUID() }),
        });
    });
    const user = (roles: Role[], prisons: string[], organisationId?: string): Caller => ({
      kind: 'user',
      sub: 'u-1',
      roles,
      prisons,
      ...(organisationId ? { organisationId } : {}),
    });
    const codeOf = async (caller: Caller, activityId = 'a1') => (await send(caller, activityId)).errors?.[0]?.extensions?.code ?? 'OK';

    it('the coordinators of its prison and the partner staff of its organisation in that prison', async () => {
      expect(await codeOf(user(['COORDINATOR'], ['HAREN']))).toBe('OK');
      expect(await codeOf(user(['POLICY_COORDINATOR'], ['HAREN']))).toBe('OK');
      expect(await codeOf(user(['PARTNER_STAFF'], ['HAREN'], 'o1'))).toBe('OK');
      expect((await send(user(['PARTNER_STAFF'], ['HAREN'], 'o1'), 'a1')).data).toMatchObject({
        activityAttendance: { total: { sessionsHeld: 4 } },
      });
    });

    it('others get NOT_FOUND, as for an unknown activity; roles that never read it FORBIDDEN', async () => {
      expect(await codeOf(user(['COORDINATOR'], ['GENT']))).toBe('NOT_FOUND');
      expect(await codeOf(user(['PARTNER_STAFF'], ['HAREN'], 'o2'))).toBe('NOT_FOUND');
      expect(await codeOf(user(['PARTNER_STAFF'], ['GENT'], 'o1'))).toBe('NOT_FOUND');
      expect(await codeOf(user(['COORDINATOR'], ['HAREN']), 'nope')).toBe('NOT_FOUND');
      for (const role of ['VOLUNTEER', 'ANALYST', 'PRISON_STAFF'] as const)
        expect(await codeOf(user([role], ['HAREN'], 'o1'))).toBe('FORBIDDEN');
      expect(await codeOf({ kind: 'anonymous' })).toBe('UNAUTHENTICATED');
    });

    it('costs two statements however many sessions and marks', async () => {
      reporting.db.statements.reset();
      await send(user(['COORDINATOR'], ['HAREN']), 'a1');
      expect(reporting.db.statements.count).toBe(2);
    });
  });
});
