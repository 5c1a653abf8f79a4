import { attendanceWorld, recordAttendance, type AttendanceWorld } from './attendance-fixtures';
import { startGraph, type Graph } from './graph';
import { eventually } from './wait';

// activityAttendance through the gateway, the whole chain: marks recorded with contract
// mobile/RecordAttendance in the participants service, its AttendanceMarked events followed by reporting,
// the figures read by the coordinators of the prison and the partner staff of the organisation.
const ATTENDANCE = `query ($id: ID!) {
  activityAttendance(activityId: $id) {
    activity { id }
    sessions { session { id } date status marks { present absentExcused refused notRequired } attendanceRate suppressed }
    total { sessionsHeld sessionsCancelled marks { present absentExcused refused } attendanceRate suppressed }
  }
}`;

describe('activityAttendance through the gateway', () => {
  let graph: Graph;
  let world: AttendanceWorld;
  let lastWeek: string, yesterday: string, later: string;

  beforeAll(async () => {
    graph = await startGraph({ followIntervalMs: 50 });
    world = await attendanceWorld(graph, { sessionHours: [-6 * 24, -26, 48], participants: 6 });
    [lastWeek, yesterday, later] = world.sessionIds;
  });
  afterAll(() => graph?.stop());

  const read = (bearer: string) => graph.send(ATTENDANCE, { id: world.activityId }, bearer);
  const marks = (codes: string[]) =>
    world.participantIds.map((participantId, i) => ({
      participantId,
      code: codes[i],
      ...(codes[i] === 'ABSENT_EXCUSED' ? { absenceReason: 'SICK' } : {}),
    }));

  it('counts the recorded marks per session and in total, a changed mark replacing the earlier one', async () => {
    const P = 'PRESENT';
    expect((await recordAttendance(graph, world.staff, lastWeek, marks([P, P, P, P, P, P]))).errors).toBeUndefined();
    expect((await recordAttendance(graph, world.volunteer, yesterday, marks([P, P, P, P, P, 'REFUSED']))).errors).toBeUndefined();
    // The refusal corrected: p6 was excused after all.
    const [, , , , , sixth] = world.participantIds;
    const corrected = await recordAttendance(graph, world.coordinator, yesterday, [
      { participantId: sixth, code: 'ABSENT_EXCUSED', absenceReason: 'COURT', note: 'Zitting' },
    ]);
    expect(corrected.errors).toBeUndefined();

    const answer = await eventually(
      () => read(world.coordinator),
      (result) =>
        result.data?.activityAttendance?.sessions?.[1]?.marks?.refused === 0 &&
        result.data.activityAttendance.sessions[1].marks.present === 5 &&
        result.data.activityAttendance.sessions[0].marks.present === 6,
    );
    expect(answer.errors).toBeUndefined();
    const { activity, sessions, total } = answer.data.activityAttendance;
    expect(activity).toEqual({ id: world.activityId });
    expect(sessions.map((s: any) => [s.session.id, s.status])).toEqual([
      [lastWeek, 'HELD'],
      [yesterday, 'HELD'],
      [later, 'SCHEDULED'],
    ]);
    expect(sessions[0]).toMatchObject({
      marks: { present: 6, absentExcused: 0, refused: 0, notRequired: 0 },
      attendanceRate: 1,
      suppressed: false,
    });
    // One excused absence: withheld, and the rate with it (it would give the count back).
    expect(sessions[1]).toMatchObject({ marks: { present: 5, absentExcused: null, refused: 0 }, attendanceRate: null, suppressed: true });
    expect(sessions[1].date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(total).toEqual({
      sessionsHeld: 2,
      sessionsCancelled: 0,
      marks: { present: 11, absentExcused: null, refused: 0 },
      attendanceRate: null,
      suppressed: true,
    });
  });

  it('is read by the partner staff of the organisation; others get NOT_FOUND, volunteers and analysts FORBIDDEN', async () => {
    expect((await read(world.staff)).data?.activityAttendance?.total?.sessionsHeld).toBe(2);
    const otherStaff = await graph.token({
      roles: ['PARTNER_STAFF'],
      prisons: ['HAREN'],
      organisationId: '0f000000-0000-4000-8000-000000000001',
    });
    const gent = await graph.token({ roles: ['COORDINATOR'], prisons: ['GENT'] });
    for (const bearer of [otherStaff, gent]) expect((await read(bearer)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const analyst = await graph.token({ roles: ['ANALYST'], prisons: ['HAREN'] });
    for (const bearer of [world.volunteer, analyst]) expect((await read(bearer)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
