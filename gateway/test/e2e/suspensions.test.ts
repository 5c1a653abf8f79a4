import { belgianDate } from '@cort/common';
import { recordAttendance, type AttendanceWorld, attendanceWorld } from './attendance-fixtures';
import { startGraph, type Graph } from './graph';
import { enrolmentOf, expectedAt, resume, suspend } from './suspensions-fixtures';

const HOUR = 3_600_000;
const dayAt = (hours: number) => belgianDate(new Date(Date.now() + hours * HOUR));

// suspendEnrolment and resumeEnrolment through the gateway: the place is kept, the participant is not
// expected at the sessions of the period, their marks there are NOT_REQUIRED (those recorded before and
// after), the rule of three ignores them, overlaps are refused, history and events are kept.
describe('suspensions of enrolments', () => {
  let graph: Graph;
  let world: AttendanceWorld;
  let enrolmentId: string;
  // Sessions at these hours from now: the suspension covers the days of -50 h to +22 h, so -80 h and +50 h lie outside.
  const HOURS = [-80, -50, -26, -2, 22, 50];
  const session = (hours: number) => world.sessionIds[HOURS.indexOf(hours)];

  beforeAll(async () => {
    graph = await startGraph({ followIntervalMs: 50 });
    world = await attendanceWorld(graph, { sessionHours: HOURS, participants: 3 });
    enrolmentId = await enrolmentOf(graph, world.participantIds[0], world.activityId);
  }, 180_000);
  afterAll(() => graph?.stop());

  const markOf = async (sessionId: string, participantId: string) =>
    (await graph.participants.prisma.attendanceMark.findUnique({ where: { sessionId_participantId: { sessionId, participantId } } }))?.code;

  it('keeps the place, rewrites the marks of the period, leaves the participant off the lists and refuses an overlap', async () => {
    const [suspended] = world.participantIds;
    for (const hours of [-80, -50])
      expect(
        (await recordAttendance(graph, world.staff, session(hours), [{ participantId: suspended, code: 'ABSENT_UNEXCUSED' }])).errors,
      ).toBeUndefined();

    const answer = await suspend(graph, world.coordinator, {
      id: enrolmentId,
      from: dayAt(-50),
      until: dayAt(22),
      reason: 'HOSPITAL',
      note: 'Opgenomen in het ziekenhuis.',
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data.suspendEnrolment).toMatchObject({
      enrolment: { id: enrolmentId, status: 'ENROLLED' },
      suspension: { from: dayAt(-50), until: dayAt(22), reason: 'HOSPITAL', resumedAt: null },
    });
    expect(await markOf(session(-80), suspended)).toBe('ABSENT_UNEXCUSED');
    expect(await markOf(session(-50), suspended)).toBe('NOT_REQUIRED');

    // Recorded later in the period: NOT_REQUIRED whatever is sent; the rule of three counts one absence only.
    const late = await recordAttendance(graph, world.staff, session(-26), [
      { participantId: suspended, code: 'ABSENT_UNEXCUSED' },
      { participantId: world.participantIds[1], code: 'PRESENT' },
    ]);
    expect(late.errors).toBeUndefined();
    expect(late.data.recordAttendance.marks.map((m: any) => [m.participant.id, m.code])).toEqual(
      expect.arrayContaining([
        [suspended, 'NOT_REQUIRED'],
        [world.participantIds[1], 'PRESENT'],
      ]),
    );
    expect(await graph.participants.prisma.dropoutFollowUp.count({ where: { enrolmentId } })).toBe(0);

    const lists = await expectedAt(graph, world.coordinator, world.activityId);
    for (const hours of HOURS) {
      const { expected, rollCall } = lists.get(session(hours))!;
      const inPeriod = hours > -80 && hours < 50;
      expect([hours, expected.includes(suspended), rollCall.includes(suspended)]).toEqual([hours, !inPeriod, !inPeriod]);
      expect(expected).toContain(world.participantIds[1]);
    }

    const overlap = await suspend(graph, world.coordinator, { id: enrolmentId, from: dayAt(22), until: dayAt(50), reason: 'COURT' });
    expect(overlap.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'OVERLAPPING_SUSPENSION' });
  });

  it('resumes: expected again from now on; the history keeps both; a second resumption has nothing to end', async () => {
    const [suspended] = world.participantIds;
    const answer = await resume(graph, world.coordinator, enrolmentId);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.resumeEnrolment.suspension).toMatchObject({ reason: 'HOSPITAL', resumedAt: expect.any(String) });

    const lists = await expectedAt(graph, world.coordinator, world.activityId);
    expect(lists.get(session(22))!.expected).toContain(suspended);
    expect(lists.get(session(-26))!.expected).not.toContain(suspended);

    const again = await resume(graph, world.coordinator, enrolmentId);
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_SUSPENDED', field: 'id' });

    // A new suspension after the resumed one is no overlap.
    const next = await suspend(graph, world.coordinator, { id: enrolmentId, from: dayAt(50), until: dayAt(50), reason: 'COURT' });
    expect(next.errors).toBeUndefined();

    const history = await graph.send(
      `query($id: ID!) { participant(id: $id) { enrolments { id suspensions { reason from until resumedAt } } } }`,
      { id: suspended },
      world.coordinator,
    );
    expect(history.errors).toBeUndefined();
    const own = history.data.participant.enrolments.find((e: any) => e.id === enrolmentId);
    expect(own.suspensions.map((s: any) => [s.reason, s.resumedAt !== null])).toEqual([
      ['HOSPITAL', true],
      ['COURT', false],
    ]);
    const audited = await graph.participants.prisma.auditEvent.findMany({ where: { participantId: suspended } });
    expect(audited.some((a) => a.categories.includes('SUSPENSIONS'))).toBe(true);
  });

  it('writes events with ids, codes and dates only; partner staff cannot see or make suspensions', async () => {
    const events = await graph.participants.prisma.outboxEvent.findMany({
      where: { type: { in: ['EnrolmentSuspended', 'EnrolmentResumed'] } },
      orderBy: { position: 'asc' },
    });
    expect(events.map((e) => e.type)).toEqual(['EnrolmentSuspended', 'EnrolmentResumed', 'EnrolmentSuspended']);
    expect(events[0].payload).toMatchObject({ enrolmentId, participantId: world.participantIds[0], reason: 'HOSPITAL', from: dayAt(-50) });
    expect(JSON.stringify(events.map((e) => e.payload))).not.toContain('ziekenhuis');

    const [, other] = world.participantIds;
    const otherEnrolment = await enrolmentOf(graph, other, world.activityId);
    for (const bearer of [world.staff, world.volunteer]) {
      const refused = await suspend(graph, bearer, { id: otherEnrolment, from: dayAt(0), until: dayAt(1), reason: 'COURT' });
      expect(refused.errors?.[0].extensions?.code).toMatch(/FORBIDDEN|NOT_FOUND/);
      expect((await resume(graph, bearer, enrolmentId)).errors?.[0].extensions?.code).toMatch(/FORBIDDEN|NOT_FOUND/);
    }
    const seen = await graph.send(
      `query($id: ID!) { activity(id: $id) { enrolments { id suspensions { reason } } } }`,
      { id: world.activityId },
      world.staff,
    );
    expect(seen.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(seen.data ?? {})).not.toContain('COURT');
    expect(await graph.participants.prisma.enrolmentSuspension.count({ where: { enrolmentId: otherEnrolment } })).toBe(0);
  });

  it('two overlapping suspensions asked at once: one is recorded, the other is a CONFLICT', async () => {
    const [, , third] = world.participantIds;
    const id = await enrolmentOf(graph, third, world.activityId);
    const answers = await Promise.all(
      ['ISOLATION', 'COURT'].map((reason) => suspend(graph, world.coordinator, { id, from: dayAt(22), until: dayAt(50), reason })),
    );
    expect(answers.filter((a) => !a.errors)).toHaveLength(1);
    expect(answers.filter((a) => a.errors?.[0].extensions?.code === 'CONFLICT')).toHaveLength(1);
    expect(await graph.participants.prisma.enrolmentSuspension.count({ where: { enrolmentId: id } })).toBe(1);
  });
});
