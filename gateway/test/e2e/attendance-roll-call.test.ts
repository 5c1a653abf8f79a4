import { belgianDate, belgianDay } from '@cort/common';
import { attendanceWorld, recordAttendance, type AttendanceWorld } from './attendance-fixtures';
import { activityInput, publishedActivity, roomsOf } from './fixtures';
import { startGraph, type Graph } from './graph';
import { eventually } from './wait';

// contract/mobile/SessionRollCall.graphql: today's sessions with each participant expected, their mark so
// far, and expectedElsewhere for a participant also expected at an overlapping session of another activity.
describe('contract: the roll call of today', () => {
  let graph: Graph;
  let world: AttendanceWorld;
  let session: string;

  beforeAll(async () => {
    graph = await startGraph({ followIntervalMs: 50 });
    // Started a quarter of an hour ago, so it is today's and can be recorded; just after midnight in
    // Brussels, at midnight (a quarter of an hour ago would be yesterday's).
    const minute = Math.floor(Date.now() / 60_000) * 60_000;
    const sinceMidnight = (minute - belgianDay(belgianDate(new Date(minute))).from.getTime()) / 3_600_000;
    world = await attendanceWorld(graph, { sessionHours: [-Math.min(0.25, sinceMidnight)], participants: 3 });
    [session] = world.sessionIds;
    // A second activity of another organisation, at the same time in another room, where the first participant is enrolled too.
    const [, other] = await roomsOf(graph, world.coordinator, 'HAREN');
    const base = Math.floor(Date.now() / 60_000) * 60_000;
    const clashing = await publishedActivity(
      graph,
      world.coordinator,
      activityInput('HAREN', world.organisationId, {
        title: { nl: 'Koken' },
        sessions: [
          {
            startsAt: new Date(Math.max(base - 600_000, belgianDay(belgianDate(new Date(base))).from.getTime())).toISOString(),
            endsAt: new Date(base + 3_000_000).toISOString(),
            locationId: other.id,
          },
        ],
      }),
    );
    // The clash is the point here: the coordinator acknowledges it (the warning applies once the feed has brought the session).
    const enrolled = await graph.run(
      'web/RequestEnrolment.graphql',
      {
        input: {
          activityId: clashing,
          participantId: world.participantIds[0],
          idempotencyKey: 'clash-0',
          acknowledgedWarnings: ['SCHEDULE_CLASH'],
        },
      },
      world.coordinator,
    );
    expect(enrolled.errors).toBeUndefined();
    await eventually(
      () => graph.participants.prisma.sessionView.count({ where: { activityId: clashing } }),
      (n) => n === 1,
    );
  });
  afterAll(() => graph?.stop());

  const rollCall = async (bearer: string) => {
    const answer = await graph.run('mobile/SessionRollCall.graphql', { language: 'NL' }, bearer);
    expect(answer.errors).toBeUndefined();
    return answer.data.mySessionsToday.find((s: any) => s.id === session);
  };

  it('lists each participant expected with no mark before any, and the clash with the other activity', async () => {
    const today = await rollCall(world.staff);
    expect(today.activity.id).toBe(world.activityId);
    expect(today.rollCall).toHaveLength(3);
    expect(today.rollCall.map((e: any) => e.mark)).toEqual([null, null, null]);
    const elsewhere = Object.fromEntries(today.rollCall.map((e: any) => [e.participant.id, e.expectedElsewhere]));
    expect(elsewhere).toEqual({ [world.participantIds[0]]: true, [world.participantIds[1]]: false, [world.participantIds[2]]: false });
  });

  it('shows the marks recorded so far, and volunteers see display names only', async () => {
    const [a, b] = world.participantIds;
    const recorded = await recordAttendance(graph, world.volunteer, session, [
      { participantId: a, code: 'CLASH' },
      { participantId: b, code: 'ABSENT_EXCUSED', absenceReason: 'COURT', note: 'Zitting' },
    ]);
    expect(recorded.errors).toBeUndefined();
    const today = await rollCall(world.volunteer);
    const byId = Object.fromEntries(today.rollCall.map((e: any) => [e.participant.id, e]));
    expect(byId[a].mark).toMatchObject({ code: 'CLASH', absenceReason: null });
    expect(byId[b].mark).toMatchObject({ code: 'ABSENT_EXCUSED', absenceReason: 'COURT', note: 'Zitting', recordedAt: expect.any(String) });
    expect(byId[world.participantIds[2]].mark).toBeNull();
    for (const entry of today.rollCall) expect(entry.participant.displayName).toMatch(/^Deelnemer\d A\.$/);

    // The volunteer's view has no detainee number: asking for it is FORBIDDEN for them, not for partner staff.
    const numbers = `query { mySessionsToday { id rollCall { participant { detaineeNumber } } } }`;
    const asVolunteer = await graph.send(numbers, {}, world.volunteer);
    expect(asVolunteer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const asStaff = await graph.send(numbers, {}, world.staff);
    expect(asStaff.errors).toBeUndefined();
  });

  it('shows a volunteer who does not facilitate no roll call of the session', async () => {
    const answer = await graph.run('mobile/SessionRollCall.graphql', { language: 'NL' }, world.bystander);
    expect(answer.data?.mySessionsToday ?? []).not.toContainEqual(expect.objectContaining({ id: session }));
  });
});
