import { sweepHeldSessions } from '@cort/activities';
import type { Caller } from '@cort/auth';
import { pullEvents, type DomainEvent } from '@cort/events';
import { actionPlanFigures, partnerFigures } from '@cort/reporting';
import { organisationWithPeople } from './cort-fixtures';
import { activityInput, at, isoDate, publishedActivity, roomsOf } from './fixtures';
import { startGraph, type Graph } from './graph';
import { eventually } from './wait';

const RECORD_AGREEMENT = `mutation($input: RecordAgreementInput!) { recordAgreement(input: $input) { organisation { id } } }`;
const RECORD_CLEARANCE = `mutation($input: RecordClearanceInput!) { recordClearance(input: $input) { person { id } } }`;
const RECORD_HOURS = `mutation($input: RecordVolunteerHoursInput!) { recordVolunteerHours(input: $input) { person { id } } }`;
const SET_STATUS = `mutation($input: SetPersonStatusInput!) { setPersonStatus(input: $input) { person { id } } }`;
const CREATE_PLAN = `mutation($input: CreateActionPlanInput!) { createActionPlan(input: $input) { actionPlan { id } } }`;
const ADD_GOAL = `mutation($input: AddGoalInput!) { addGoal(input: $input) { goal { id } } }`;
const ADD_ACTION = `mutation($input: AddActionInput!) { addAction(input: $input) { action { id } } }`;
const UPDATE_ACTION = `mutation($input: UpdateActionInput!) { updateAction(input: $input) { action { id } } }`;
const HOURS = `query($p: ID!, $y: Int!) { organisations(prisonId: $p) { id volunteerHours(prisonId: $p, year: $y) volunteerHoursBySource(prisonId: $p, year: $y) { facilitated recorded total } } }`;

// The organisations service writes its events in the transaction of each change and serves them to
// reporting (and reporting only) at /internal/events; reporting keeps the partner figures from them. It
// follows the activities feed in turn: a volunteer's held sessions are their hours.
describe('the organisations event feed', () => {
  let graph: Graph;
  let coordinator: string;
  let sign: (caller: Caller, audience: string) => Promise<string>;
  let partner: { organisationId: string; personIds: string[] };
  const year = Number(isoDate(-1).slice(0, 4));
  const feedUrl = () => `${new URL(graph.organisations.url).origin}/internal/events`;
  const send = async (query: string, input: Record<string, unknown>, token = coordinator) => {
    const answer = await graph.send(query, { input }, token);
    if (answer.errors) throw new Error(JSON.stringify(answer.errors));
    return answer.data;
  };

  /** Every event of the organisations feed, as reporting reads it, once every one committed is served. */
  async function feed() {
    const read = async () => {
      const events: DomainEvent[] = [];
      let cursor: string | null = null;
      for (;;) {
        const page = await pullEvents({
          baseUrl: new URL(graph.organisations.url).origin,
          consumer: 'reporting',
          producer: 'organisations',
          signToken: sign,
          after: cursor,
          limit: 50,
        });
        events.push(...page.events);
        cursor = page.cursor;
        if (!page.hasMore) return events;
      }
    };
    const committed = await graph.organisations.prisma.outboxEvent.count();
    return eventually(read, (events) => events.length >= committed);
  }

  beforeAll(async () => {
    graph = await startGraph({ followIntervalMs: 100 });
    sign = graph.sign;
    coordinator = await graph.token({ roles: ['COORDINATOR'], prisons: ['GENT'] });
    partner = await organisationWithPeople(graph, coordinator, ['GENT'], 'Vrijwilligers Gent', [
      { firstName: 'Greet', lastName: 'Willems', role: 'VOLUNTEER' },
      { firstName: 'Sofie', lastName: 'Peeters', role: 'TEACHER' },
      { firstName: 'Youssef', lastName: 'Amrani', role: 'VOLUNTEER' },
    ]);
    const { organisationId, personIds } = partner;
    await send(RECORD_AGREEMENT, {
      organisationId,
      prisonIds: ['GENT'],
      kind: 'VOLUNTEER_AGREEMENT',
      validFrom: `${year}-01-01`,
      documentReference: 'VA-GEHEIM-7',
    });
    await send(RECORD_HOURS, {
      personId: personIds[0],
      prisonId: 'GENT',
      date: `${year}-01-15`,
      hours: 2.5,
      kind: 'TRAINING',
      note: 'Notitie Greet',
    });
    // Youssef left before the year began: not counted among its volunteers.
    await send(SET_STATUS, { personId: personIds[2], status: 'INACTIVE', since: `${year - 1}-06-01` });
    const policyCoordinator = await graph.token({ roles: ['POLICY_COORDINATOR'], prisons: ['GENT'] });
    const planId = (await send(CREATE_PLAN, { prisonId: 'GENT', year, untilYear: year + 1, title: 'Actieplan Gent' }, policyCoordinator))
      .createActionPlan.actionPlan.id;
    const goalId = (await send(ADD_GOAL, { actionPlanId: planId, title: 'Meer vrijwilligers' }, policyCoordinator)).addGoal.goal.id;
    const addAction = async (title: string) =>
      (await send(ADD_ACTION, { goalId, title, ownerOrganisationId: organisationId, dueOn: `${year}-12-31` }, policyCoordinator)).addAction
        .action.id;
    const first = await addAction('Werving op de infomarkt');
    await addAction('Opleiding nieuwe vrijwilligers');
    await send(UPDATE_ACTION, { id: first, status: 'IN_PROGRESS' }, policyCoordinator);
    await send(UPDATE_ACTION, { id: first, status: 'DONE' }, policyCoordinator);
  });
  afterAll(() => graph?.stop());

  it('tells of organisations, people, agreements, hours and actions, in order, without names, notes or references', async () => {
    const events = await feed();
    expect(events.map((e) => e.type)).toEqual([
      'OrganisationCreated',
      'PersonAdded',
      'PersonAdded',
      'PersonAdded',
      'AgreementRecorded',
      'VolunteerHoursRecorded',
      'PersonStatusChanged',
      'ActionAdded',
      'ActionAdded',
      'ActionUpdated',
      'ActionUpdated',
    ]);
    expect(events[1].payload).toEqual({
      personId: partner.personIds[0],
      organisationId: partner.organisationId,
      kind: 'VOLUNTEER',
      prisonIds: ['GENT'],
      status: 'ACTIVE',
      statusSince: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), // the day they were added, in Brussels
    });
    expect(events[2].payload).toMatchObject({ kind: 'STAFF' });
    expect(events.at(-1)!.payload).toMatchObject({ prisonId: 'GENT', year, status: 'DONE', dueOn: `${year}-12-31` });
    expect(JSON.stringify(events)).not.toMatch(/Vrijwilligers Gent|Greet|Willems|Sofie|Youssef|GEHEIM|Notitie|Werving|Actieplan|Meer/);
  });

  it('is read by reporting only: closed to users, to the other services and to tokens for another audience', async () => {
    const as = async (caller: Caller, audience = 'organisations') =>
      (await fetch(feedUrl(), { headers: { authorization: `Bearer ${await sign(caller, audience)}` } })).status;
    expect((await fetch(feedUrl())).status).toBe(401);
    expect(await as({ kind: 'user', sub: 'c', roles: ['COORDINATOR'], prisons: ['GENT'] })).toBe(403);
    expect(await as({ kind: 'service', service: 'participants' })).toBe(403);
    expect(await as({ kind: 'service', service: 'activities' })).toBe(403);
    expect(await as({ kind: 'service', service: 'reporting' }, 'activities')).toBe(401);
    expect(await as({ kind: 'service', service: 'reporting' })).toBe(200);
    // Never through the gateway.
    expect((await fetch(graph.gatewayUrl.replace('/graphql', '/internal/events'))).status).toBe(404);
  });

  it("counts a volunteer's held sessions as their hours, in organisations and in reporting's partner figures", async () => {
    const [greet, sofie] = partner.personIds;
    for (const personId of [greet, sofie]) {
      await send(RECORD_CLEARANCE, { personId, kind: 'PRISON_ACCESS', prisonId: 'GENT', validFrom: isoDate(-30) });
    }
    const [room] = await roomsOf(graph, coordinator, 'GENT');
    // A session of an hour and a half yesterday, facilitated by a volunteer and a teacher (whose hours are not volunteer hours).
    await publishedActivity(
      graph,
      coordinator,
      activityInput('GENT', partner.organisationId, {
        startsOn: isoDate(-10),
        facilitatorIds: [greet, sofie],
        sessions: [{ startsAt: at(-1, 9), endsAt: at(-1, 9).replace('T09:00', 'T10:30'), locationId: room.id }],
      }),
    );
    await sweepHeldSessions(graph.activities.prisma);

    const hours = await eventually(
      () => graph.send(HOURS, { p: 'GENT', y: year }, coordinator),
      (answer) => answer.data?.organisations?.[0]?.volunteerHoursBySource?.facilitated === 1.5,
    );
    expect(hours.data.organisations).toEqual([
      { id: partner.organisationId, volunteerHours: 4, volunteerHoursBySource: { facilitated: 1.5, recorded: 2.5, total: 4 } },
    ]);
    // Per person: the volunteer's session is hers; the teacher facilitated it as staff, which is no volunteer hour.
    const ofPerson = async (id: string) =>
      (
        await graph.send(
          `query($id: ID!, $p: ID!, $y: Int!) { person(id: $id) { volunteerHours(prisonId: $p, year: $y) { facilitated recorded total } } }`,
          { id, p: 'GENT', y: year },
          coordinator,
        )
      ).data.person.volunteerHours;
    const [greetsHours, sofiesHours] = [await ofPerson(greet), await ofPerson(sofie)];
    // Greet's hours recorded by hand are hers alone, not her organisation's shared among its people.
    expect(greetsHours).toEqual({ facilitated: 1.5, recorded: 2.5, total: 4 });
    expect(sofiesHours).toEqual({ facilitated: 0, recorded: 0, total: 0 });

    const [figures, before] = await eventually(
      () => partnerFigures(graph.reporting.prisma, ['GENT'], year),
      ([answer]) => answer.volunteerHours === 4,
    );
    // The organisation with its agreement; Sofie; Greet (Youssef left the year before).
    expect(figures).toEqual({ organisations: 1, staff: 1, volunteers: 1, volunteerHours: 4 });
    expect((await actionPlanFigures(graph.reporting.prisma, ['GENT'], year))[0]).toEqual({ actions: 2, done: 1 });
    // The plan spans this year and the next: its actions count in both, not in the year after.
    expect(await actionPlanFigures(graph.reporting.prisma, ['GENT'], year + 1)).toEqual([
      { actions: 2, done: 1 },
      { actions: 2, done: 1 },
    ]);
    expect((await actionPlanFigures(graph.reporting.prisma, ['GENT'], year + 2))[0]).toEqual({ actions: 0, done: 0 });
    // The year before: no agreement yet, and nobody known active then (Youssef's status says he had left).
    expect(before).toEqual({ organisations: 0, staff: 0, volunteers: 0, volunteerHours: 0 });
  });
});
