import { prisonDay } from '../../../services/activities/src/domain/schedule';
import { activityInput, facilitatorOf, isoDate, partnerIn, publishedActivity, registeredParticipant, roomsOf } from './fixtures';
import { startGraph, type Graph } from './graph';
import { eventually } from './wait';

const HOUR = 3_600_000;

// contract/mobile/MySessionsToday.graphql, and who sees which participants through their activities.
describe('contract: mobile, and partners seeing participants', () => {
  let graph: Graph;
  let coordinator: string;
  let staff: string;
  let otherStaff: string;
  let volunteer: string;
  let bystander: string;
  let activityId: string;
  let todaysSession: string;
  const names: string[] = [];

  beforeAll(async () => {
    graph = await startGraph({ followIntervalMs: 50 });
    coordinator = await graph.token({ roles: ['COORDINATOR'], prisons: ['HAREN'] });
    const organisationId = await partnerIn(graph, coordinator, 'HAREN');
    const otherOrganisation = await partnerIn(graph, coordinator, 'HAREN', 'De Rode Antraciet');
    const personId = await facilitatorOf(graph, coordinator, organisationId, { prisonId: 'HAREN', validFrom: isoDate(-30) });
    staff = await graph.token({ roles: ['PARTNER_STAFF'], prisons: ['HAREN'], organisationId });
    otherStaff = await graph.token({ roles: ['PARTNER_STAFF'], prisons: ['HAREN'], organisationId: otherOrganisation });
    // A volunteer's subject is their person id: the id the activity lists as facilitator.
    volunteer = await graph.token({ sub: personId, roles: ['VOLUNTEER'], prisons: ['HAREN'], organisationId });
    bystander = await graph.token({ roles: ['VOLUNTEER'], prisons: ['HAREN'], organisationId });

    const [room] = await roomsOf(graph, coordinator, 'HAREN');
    const today = prisonDay(new Date()).from.getTime();
    const session = (day: number, hour: number) => ({
      startsAt: new Date(today + day * 24 * HOUR + hour * HOUR).toISOString(),
      endsAt: new Date(today + day * 24 * HOUR + (hour + 2) * HOUR).toISOString(),
      locationId: room.id,
    });
    activityId = await publishedActivity(
      graph,
      coordinator,
      activityInput('HAREN', organisationId, {
        capacity: 2,
        facilitatorIds: [personId],
        startsOn: isoDate(-2),
        sessions: [session(0, 14), session(0, 9), session(1, 9), session(-1, 9)],
      }),
    );

    for (const [i, firstName] of ['Youssef', 'Bram', 'Luc'].entries()) {
      const participantId = await registeredParticipant(graph, coordinator, {
        detaineeNumber: `M-${i}`,
        firstName,
        lastName: 'Maes',
        legalStatus: 'SUSPECT',
      });
      const enrolled = await graph.run(
        'web/RequestEnrolment.graphql',
        { input: { activityId, participantId, idempotencyKey: `mobile-${i}` } },
        coordinator,
      );
      expect(enrolled.errors).toBeUndefined();
      names.push(`${firstName} M.`);
    }
  });
  afterAll(() => graph?.stop());

  const today = (bearer: string) => graph.run('mobile/MySessionsToday.graphql', { language: 'NL' }, bearer);

  it("shows partner staff today's sessions of their organisation, in order, with who is expected", async () => {
    const answer = await today(staff);
    expect(answer.errors).toBeUndefined();
    const sessions = answer.data.mySessionsToday;
    expect(sessions).toHaveLength(2);
    expect(new Date(sessions[0].startsAt).getTime()).toBeLessThan(new Date(sessions[1].startsAt).getTime());
    todaysSession = sessions[0].id;
    for (const session of sessions) {
      expect(session.activity).toEqual({ id: activityId, title: 'Atelier tekenen en schilderen' });
      expect(session.location.name).toEqual(expect.any(String));
      // Capacity 2: the third participant waits and is not expected.
      expect(session.expectedParticipants.map((p: any) => p.displayName)).toEqual(names.slice(0, 2).sort());
    }
  });

  it('shows a volunteer the sessions they facilitate, participants by display name only', async () => {
    const answer = await today(volunteer);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.mySessionsToday.map((s: any) => s.id)).toContain(todaysSession);
    const number = await graph.send(`query { mySessionsToday { expectedParticipants { id displayName detaineeNumber } } }`, {}, volunteer);
    expect(number.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(number.data ?? null)).not.toContain('M-0');
  });

  it('lets staff see the detainee number, but neither of them the full record', async () => {
    const answer = await graph.send(`query { mySessionsToday { expectedParticipants { displayName detaineeNumber } } }`, {}, staff);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.mySessionsToday[0].expectedParticipants.map((p: any) => p.detaineeNumber).sort()).toEqual(['M-0', 'M-1']);
    const full = await graph.send(`query { mySessionsToday { expectedParticipants { lastName legalStatus } } }`, {}, staff);
    expect(full.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(full.data ?? null)).not.toContain('Maes');
  });

  it('shows nothing to staff of another organisation or a volunteer who does not facilitate', async () => {
    expect((await today(otherStaff)).data.mySessionsToday).toEqual([]);
    expect((await today(bystander)).data.mySessionsToday).toEqual([]);
  });

  it('is FORBIDDEN for coordinators (the web app is theirs)', async () => {
    expect((await today(coordinator)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it("lets the organisation's staff see the enrolments of its activity; others get FORBIDDEN", async () => {
    const query = `query($id: ID!) { activity(id: $id) { enrolments { status participant { displayName detaineeNumber } } } }`;
    const seen = await eventually(
      () => graph.send(query, { id: activityId }, staff),
      (a) => !a.errors,
    );
    expect(seen.data.activity.enrolments.map((e: any) => e.status)).toEqual(['ENROLLED', 'ENROLLED', 'WAITLISTED']);
    for (const bearer of [
      otherStaff,
      volunteer,
      await graph.token({ roles: ['COORDINATOR'], prisons: ['GENT'] }),
      await graph.token({ roles: ['ANALYST'], prisons: ['HAREN'] }),
    ]) {
      const denied = await graph.send(query, { id: activityId }, bearer);
      expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(JSON.stringify(denied.data ?? null)).not.toContain('M-');
    }
  });

  it('refuses a session roll call to anyone outside the prison', async () => {
    const query = `query($id: ID!) { activity(id: $id) { sessions { expectedParticipants { displayName } } } }`;
    const gent = await graph.token({ roles: ['COORDINATOR'], prisons: ['GENT'] });
    const answer = await graph.send(query, { id: activityId }, gent);
    expect(answer.errors?.[0]).toMatchObject({
      path: ['activity', 'sessions', 0, 'expectedParticipants'],
      extensions: { code: 'FORBIDDEN' },
    });
  });
});
