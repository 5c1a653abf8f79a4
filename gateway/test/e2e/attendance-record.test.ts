import { all, attendanceWorld, recordAttendance, type AttendanceWorld } from './attendance-fixtures';
import { registeredParticipant } from './fixtures';
import { startGraph, type Graph } from './graph';
import { eventually } from './wait';

// contract/mobile/RecordAttendance.graphql: every promise of its comment, and who may record.
describe('contract: recording attendance', () => {
  let graph: Graph;
  let world: AttendanceWorld;
  let old: string, yesterday: string, now: string, later: string;

  beforeAll(async () => {
    graph = await startGraph({ followIntervalMs: 50 });
    world = await attendanceWorld(graph, { sessionHours: [-9 * 24, -26, -1, 48], participants: 3 });
    [old, yesterday, now, later] = world.sessionIds;
  });
  afterAll(() => graph?.stop());

  const p = () => graph.participants.prisma;
  const written = async () => ({
    marks: await p().attendanceMark.count(),
    history: await p().attendanceMarkChange.count(),
    events: await p().outboxEvent.count({ where: { type: 'AttendanceMarked' } }),
    recordings: await p().attendanceRecording.count(),
  });

  it('records several marks at once for partner staff, each with its history line and event, and no note on the feed', async () => {
    const [a, b, c] = world.participantIds;
    const answer = await recordAttendance(
      graph,
      world.staff,
      yesterday,
      [
        { participantId: a, code: 'PRESENT' },
        { participantId: b, code: 'ABSENT_EXCUSED', absenceReason: 'SICK' },
        { participantId: c, code: 'REFUSED', note: 'Wilde niet komen' },
      ],
      'first-roll-call',
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data.recordAttendance.session).toEqual({ id: yesterday });
    const marks = answer.data.recordAttendance.marks;
    expect(marks.map((m: any) => [m.participant.id, m.code, m.absenceReason, m.note])).toEqual(
      expect.arrayContaining([
        [a, 'PRESENT', null, null],
        [b, 'ABSENT_EXCUSED', 'SICK', null],
        [c, 'REFUSED', null, 'Wilde niet komen'],
      ]),
    );
    expect(marks).toHaveLength(3);
    for (const mark of marks) expect(new Date(mark.recordedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(await written()).toEqual({ marks: 3, history: 3, events: 3, recordings: 1 });
    const events = await p().outboxEvent.findMany({ where: { type: 'AttendanceMarked' } });
    expect(JSON.stringify(events.map((e) => e.payload))).not.toMatch(/Wilde|note/);
  });

  it('changes nothing and returns the same marks when sent again with the same idempotencyKey', async () => {
    const before = await written();
    const first = await p().attendanceMark.findMany({ where: { sessionId: yesterday }, orderBy: { participantId: 'asc' } });
    // An offline app sends its roll call again, even with other marks under the same key: nothing changes.
    const again = await recordAttendance(graph, world.staff, yesterday, all(world, 'ABSENT_UNEXCUSED'), 'first-roll-call');
    expect(again.errors).toBeUndefined();
    expect(again.data.recordAttendance.marks.map((m: any) => [m.participant.id, m.code, m.recordedAt]).sort()).toEqual(
      first.map((m) => [m.participantId, m.code, m.recordedAt.toISOString()]).sort(),
    );
    expect(await written()).toEqual(before);
  });

  it('replaces a mark on a later call with another key and keeps every change in the history', async () => {
    const [, b] = world.participantIds;
    const answer = await recordAttendance(graph, world.volunteer, yesterday, [{ participantId: b, code: 'PRESENT' }]);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.recordAttendance.marks).toEqual([
      expect.objectContaining({ participant: { id: b }, code: 'PRESENT', absenceReason: null }),
    ]);
    expect(await p().attendanceMark.count({ where: { sessionId: yesterday, participantId: b } })).toBe(1);
    const history = await p().attendanceMarkChange.findMany({ where: { sessionId: yesterday, participantId: b }, orderBy: { at: 'asc' } });
    expect(history.map((h) => [h.previousCode, h.code, h.absenceReason])).toEqual([
      [null, 'ABSENT_EXCUSED', 'SICK'],
      ['ABSENT_EXCUSED', 'PRESENT', null],
    ]);
    expect(new Set(history.map((h) => h.by)).size).toBe(2);
  });

  const refusals: [string, () => [string, string, any[]], string][] = [
    ['a session not started yet', () => [world.staff, later, [{ code: 'PRESENT' }]], 'SESSION_NOT_STARTED'],
    ['a participant not expected', () => [world.staff, now, [{ code: 'PRESENT', participantId: 'stranger' }]], 'NOT_EXPECTED'],
    ['an excused absence without a reason', () => [world.staff, now, [{ code: 'ABSENT_EXCUSED' }]], 'ABSENCE_REASON_REQUIRED'],
    [
      'an absence reason with another code',
      () => [world.staff, now, [{ code: 'REFUSED', absenceReason: 'SICK' }]],
      'ABSENCE_REASON_NOT_ALLOWED',
    ],
    ['SESSION_CANCELLED from a person', () => [world.coordinator, now, [{ code: 'SESSION_CANCELLED' }]], 'SYSTEM_CODE'],
    ['a facilitator more than 7 days after', () => [world.volunteer, old, [{ code: 'PRESENT' }]], 'RECORDING_WINDOW_CLOSED'],
    ['a coordinator more than 7 days after without a note', () => [world.coordinator, old, [{ code: 'PRESENT' }]], 'NOTE_REQUIRED'],
  ];
  it.each(refusals)(
    'refuses %s with BAD_USER_INPUT and extensions.reason, and writes nothing, not even the valid marks',
    async (_, make, reason) => {
      const [bearer, sessionId, [bad]] = make();
      const before = await written();
      const [a, b] = world.participantIds;
      const marks = [
        { participantId: a, code: 'PRESENT' },
        { participantId: b, ...bad },
      ];
      const answer = await recordAttendance(graph, bearer, sessionId, marks);
      expect(answer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason });
      expect(answer.data).toBeUndefined();
      expect(await written()).toEqual(before);
    },
  );

  it('lets NOT_REQUIRED be recorded before the session, and a coordinator correct any time with a note', async () => {
    const [a] = world.participantIds;
    expect((await recordAttendance(graph, world.staff, later, [{ participantId: a, code: 'NOT_REQUIRED' }])).errors).toBeUndefined();
    const late = await recordAttendance(graph, world.coordinator, old, [
      { participantId: a, code: 'PRESENT', note: 'Van de papieren lijst' },
    ]);
    expect(late.errors).toBeUndefined();
    expect(late.data.recordAttendance.marks[0]).toMatchObject({ code: 'PRESENT', note: 'Van de papieren lijst' });
  });

  it('refuses a mark from a volunteer who does not facilitate the session, or from prison staff: FORBIDDEN', async () => {
    const prisonStaff = await graph.token({ roles: ['PRISON_STAFF'], prisons: ['HAREN'] });
    for (const bearer of [world.bystander, prisonStaff]) {
      const before = await written();
      const answer = await recordAttendance(graph, bearer, now, all(world, 'PRESENT'));
      expect(answer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(await written()).toEqual(before);
    }
    const elsewhere = await graph.token({ roles: ['COORDINATOR'], prisons: ['GENT'] });
    expect((await recordAttendance(graph, elsewhere, now, all(world, 'PRESENT'))).errors?.[0].extensions?.code).toMatch(
      /NOT_FOUND|FORBIDDEN/,
    );
  });

  it('marks the expected participants SESSION_CANCELLED when the session is cancelled, refuses a roll call then, and removes those marks on a restore', async () => {
    const extra = await registeredParticipant(graph, world.coordinator, { firstName: 'Niet', lastName: 'Ingeschreven' });
    const cancelled = await graph.send(
      `mutation($id: ID!) { cancelSession(id: $id, reason: "Lockdown", reasonCode: LOCKDOWN) { session { id status } } }`,
      { id: later },
      world.coordinator,
    );
    expect(cancelled.errors).toBeUndefined();
    const marks = await eventually(
      () => p().attendanceMark.findMany({ where: { sessionId: later }, orderBy: { participantId: 'asc' } }),
      (rows) => rows.filter((m) => m.code === 'SESSION_CANCELLED').length === 2,
    );
    // The NOT_REQUIRED known in advance stays; the others are SESSION_CANCELLED; nobody else is marked.
    expect(marks.map((m) => m.code).sort()).toEqual(['NOT_REQUIRED', 'SESSION_CANCELLED', 'SESSION_CANCELLED']);
    expect(marks.map((m) => m.participantId)).not.toContain(extra);
    const refused = await recordAttendance(graph, world.coordinator, later, [
      { participantId: world.participantIds[1], code: 'NOT_REQUIRED' },
    ]);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'SESSION_CANCELLED' });

    const restored = await graph.send(
      `mutation($id: ID!) { restoreSession(id: $id) { session { id status } } }`,
      { id: later },
      world.coordinator,
    );
    expect(restored.errors).toBeUndefined();
    const left = await eventually(
      () => p().attendanceMark.findMany({ where: { sessionId: later } }),
      (rows) => rows.length === 1,
    );
    expect(left.map((m) => m.code)).toEqual(['NOT_REQUIRED']);
  });
});
