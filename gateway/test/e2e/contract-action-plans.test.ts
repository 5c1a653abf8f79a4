import { organisationWithPeople } from './cort-fixtures';
import { activityInput, agreementOf, isoDate, publishedActivity } from './fixtures';
import { startGraph, type Graph } from './graph';

const CREATE_PLAN = `mutation($input: CreateActionPlanInput!) { createActionPlan(input: $input) { actionPlan { id title year } } }`;
const ADD_GOAL = `mutation($input: AddGoalInput!) { addGoal(input: $input) { goal { id title } } }`;
const ADD_ACTION = `mutation($input: AddActionInput!) { addAction(input: $input) { action { id status dueOn } } }`;

// contract/web/ActionPlans and web/UpdateAction: a prison's plans of a year with goals, actions, owners,
// due dates, `overdue`, `progress` and the activities an action brought about; the owner's partner staff
// or the policy coordinator move an action on through the transition table, every change in its history.
describe('contract: web/ActionPlans and web/UpdateAction', () => {
  let graph: Graph;
  let coordinator: string;
  let policyCoordinator: string;
  let ownerStaff: string;
  let otherStaff: string;
  let owner: { organisationId: string; personIds: string[] };
  let other: { organisationId: string; personIds: string[] };
  let planId: string;
  let goalId: string;
  let activityId: string;
  const year = Number(isoDate(0).slice(0, 4));
  const plans = (token: string, prisonId = 'HAREN') => graph.run('web/ActionPlans.graphql', { prisonId, year, language: 'NL' }, token);
  const update = (input: Record<string, unknown>, token: string) => graph.run('web/UpdateAction.graphql', { input }, token);
  const send = async (query: string, input: Record<string, unknown>, token = policyCoordinator) => {
    const answer = await graph.send(query, { input }, token);
    if (answer.errors) throw new Error(JSON.stringify(answer.errors));
    return answer.data;
  };
  const action = (title: string, dueOn: string, ownerOrganisationId = owner.organisationId, extra: Record<string, unknown> = {}) =>
    send(ADD_ACTION, { goalId, title, ownerOrganisationId, dueOn, ...extra }).then((data) => data.addAction.action.id as string);

  beforeAll(async () => {
    graph = await startGraph();
    coordinator = await graph.token({ roles: ['COORDINATOR'], prisons: ['HAREN'] });
    policyCoordinator = await graph.token({ roles: ['POLICY_COORDINATOR'], prisons: ['HAREN'] });
    owner = await organisationWithPeople(graph, coordinator, ['HAREN'], 'Cultuurcentrum Haren', [
      { firstName: 'Lotte', lastName: 'Peeters' },
    ]);
    other = await organisationWithPeople(graph, coordinator, ['HAREN'], 'Sportwerking Haren', []);
    ownerStaff = await graph.token({ roles: ['PARTNER_STAFF'], prisons: ['HAREN'], organisationId: owner.organisationId });
    otherStaff = await graph.token({ roles: ['PARTNER_STAFF'], prisons: ['HAREN'], organisationId: other.organisationId });
    await agreementOf(graph, coordinator, owner.organisationId);
    activityId = await publishedActivity(graph, coordinator, activityInput('HAREN', owner.organisationId));
    planId = (await send(CREATE_PLAN, { prisonId: 'HAREN', year, title: 'Actieplan Haren' })).createActionPlan.actionPlan.id;
    goalId = (await send(ADD_GOAL, { actionPlanId: planId, title: 'Meer cultuuraanbod' })).addGoal.goal.id;
  });
  afterAll(() => graph?.stop());

  it('lists the plans of the year with goals, actions, owners, overdue flags, progress and the activities resolved by the graph', async () => {
    const late = await action('Atelier opstarten', isoDate(-5), owner.organisationId, {
      activityIds: [activityId],
      ownerPersonId: owner.personIds[0],
    });
    const coming = await action('Sportdag', isoDate(20), other.organisationId);
    const answer = await plans(coordinator);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.actionPlans).toEqual([
      {
        id: planId,
        title: 'Actieplan Haren',
        year,
        progress: { done: 0, total: 2 },
        goals: [
          {
            id: goalId,
            title: 'Meer cultuuraanbod',
            actions: [
              {
                id: late,
                title: 'Atelier opstarten',
                status: 'PLANNED',
                dueOn: isoDate(-5),
                overdue: true,
                owner: { id: owner.organisationId, name: 'Cultuurcentrum Haren' },
                activities: [{ id: activityId, title: 'Atelier tekenen en schilderen' }],
              },
              {
                id: coming,
                title: 'Sportdag',
                status: 'PLANNED',
                dueOn: isoDate(20),
                overdue: false,
                owner: { id: other.organisationId, name: 'Sportwerking Haren' },
                activities: [],
              },
            ],
          },
        ],
      },
    ]);
    expect((await plans(coordinator, 'HAREN')).data.actionPlans).toHaveLength(1);
    const lastYear = await graph.run('web/ActionPlans.graphql', { prisonId: 'HAREN', year: year - 1, language: 'NL' }, coordinator);
    expect(lastYear.data.actionPlans).toEqual([]);
  });

  it('is read by the prison’s coordinators, prison staff, analysts and partner staff; not by volunteers or other prisons', async () => {
    for (const roles of [['PRISON_STAFF'], ['ANALYST'], ['POLICY_COORDINATOR']] as const) {
      const token = await graph.token({ roles: [...roles], prisons: ['HAREN'] });
      expect((await plans(token)).errors).toBeUndefined();
    }
    expect((await plans(otherStaff)).data.actionPlans).toHaveLength(1);
    expect((await plans(await graph.token({ roles: ['VOLUNTEER'], prisons: ['HAREN'] }))).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await plans(await graph.token({ roles: ['COORDINATOR'], prisons: ['GENT'] }))).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('moves an action PLANNED → IN_PROGRESS → DONE by its owner’s partner staff, keeping who, when and the note', async () => {
    const id = await action('Boekenclub', isoDate(30));
    const started = await update({ id, status: 'IN_PROGRESS', note: 'Eerste sessie gepland.' }, ownerStaff);
    expect(started.errors).toBeUndefined();
    const done = await update({ id, status: 'DONE' }, ownerStaff);
    expect(done.errors).toBeUndefined();
    const history = done.data.updateAction.action.history;
    expect(done.data.updateAction.action).toMatchObject({ id, status: 'DONE', dueOn: isoDate(30) });
    expect(history.map(({ from, to, note }: any) => ({ from, to, note }))).toEqual([
      { from: null, to: 'PLANNED', note: null },
      { from: 'PLANNED', to: 'IN_PROGRESS', note: 'Eerste sessie gepland.' },
      { from: 'IN_PROGRESS', to: 'DONE', note: null },
    ]);
    expect(history.every((change: any) => typeof change.by === 'string' && !Number.isNaN(Date.parse(change.at)))).toBe(true);
    expect((await plans(coordinator)).data.actionPlans[0].progress).toEqual({ done: 1, total: 3 });
  });

  it('postpones with a new due date, drops with a note; any other move or a missing date or note is BAD_USER_INPUT and writes nothing', async () => {
    const id = await action('Theaterproject', isoDate(-3));
    const count = () => graph.organisations.prisma.actionChange.count({ where: { actionId: id } });
    const refusals: [Record<string, unknown>, string][] = [
      [{ status: 'DONE' }, 'status'],
      [{ status: 'PLANNED' }, 'status'],
      [{ status: 'POSTPONED' }, 'dueOn'],
      [{ status: 'POSTPONED', dueOn: isoDate(-4) }, 'dueOn'],
      [{ status: 'DROPPED' }, 'note'],
      [{ status: 'IN_PROGRESS', dueOn: isoDate(10) }, 'dueOn'],
    ];
    for (const [input, field] of refusals) {
      const answer = await update({ id, ...input }, policyCoordinator);
      expect(answer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await count()).toBe(1);
    const postponed = await update({ id, status: 'POSTPONED', dueOn: isoDate(40), note: 'Na de zomer.' }, policyCoordinator);
    expect(postponed.data.updateAction.action).toMatchObject({ status: 'POSTPONED', dueOn: isoDate(40) });
    const listed = (await plans(coordinator)).data.actionPlans[0].goals[0].actions.find((a: any) => a.id === id);
    expect(listed).toMatchObject({ overdue: false, dueOn: isoDate(40) });
    const dropped = await update({ id, status: 'DROPPED', note: 'Geen middelen.' }, ownerStaff);
    expect(dropped.data.updateAction.action.history.at(-1)).toMatchObject({ from: 'POSTPONED', to: 'DROPPED', note: 'Geen middelen.' });
    expect((await update({ id, status: 'IN_PROGRESS' }, policyCoordinator)).errors?.[0].extensions).toMatchObject({ field: 'status' });
  });

  it('lets partner staff move only their own organisation’s actions, and a coordinator none; nor change the plan', async () => {
    const id = await action('Vrijwilligerswerking', isoDate(10));
    const before = await graph.organisations.prisma.action.findUniqueOrThrow({ where: { id } });
    expect((await update({ id, status: 'IN_PROGRESS' }, otherStaff)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await update({ id, status: 'IN_PROGRESS' }, coordinator)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await graph.organisations.prisma.action.findUniqueOrThrow({ where: { id } })).toEqual(before);
    const attempts = [
      graph.send(CREATE_PLAN, { input: { prisonId: 'HAREN', year, title: 'Ander plan' } }, coordinator),
      graph.send(ADD_GOAL, { input: { actionPlanId: planId, title: 'Ander doel' } }, coordinator),
      graph.send(
        ADD_ACTION,
        { input: { goalId, title: 'Andere actie', ownerOrganisationId: owner.organisationId, dueOn: isoDate(5) } },
        ownerStaff,
      ),
    ];
    for (const answer of await Promise.all(attempts)) expect(answer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await graph.organisations.prisma.actionPlan.count()).toBe(1);
  });

  it('adds actions owned by an organisation serving the prison only, with a person of that organisation', async () => {
    const gent = await organisationWithPeople(
      graph,
      await graph.token({ roles: ['COORDINATOR'], prisons: ['GENT'] }),
      ['GENT'],
      'Gent vzw',
      [{ firstName: 'Bram', lastName: 'Claes' }],
    );
    const base = { goalId, title: 'Actie', dueOn: isoDate(5) };
    for (const [input, field] of [
      [{ ...base, ownerOrganisationId: gent.organisationId }, 'ownerOrganisationId'],
      [{ ...base, ownerOrganisationId: other.organisationId, ownerPersonId: owner.personIds[0] }, 'ownerPersonId'],
      [{ ...base, ownerOrganisationId: owner.organisationId, title: ' ' }, 'title'],
    ] as const) {
      const answer = await graph.send(ADD_ACTION, { input }, policyCoordinator);
      expect(answer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });

  it('lists a plan spanning years in each year it covers; a last year before its year or over five years is BAD_USER_INPUT', async () => {
    const CREATE = `mutation($input: CreateActionPlanInput!) { createActionPlan(input: $input) { actionPlan { id year untilYear } } }`;
    const term = { prisonId: 'HAREN', year: year + 1, untilYear: year + 2, title: 'Beleidsplan' };
    const created = (await send(CREATE, term)).createActionPlan.actionPlan;
    expect(created).toEqual({ id: expect.any(String), year: year + 1, untilYear: year + 2 });
    const listed = async (y: number) =>
      (await graph.run('web/ActionPlans.graphql', { prisonId: 'HAREN', year: y, language: 'NL' }, coordinator)).data.actionPlans.map(
        (plan: { id: string }) => plan.id,
      );
    expect(await listed(year + 1)).toEqual([created.id]);
    expect(await listed(year + 2)).toEqual([created.id]);
    expect(await listed(year + 3)).toEqual([]);
    expect(await listed(year)).not.toContain(created.id);
    // Without untilYear a plan covers its own year only.
    const single = (await send(CREATE, { prisonId: 'HAREN', year: year + 3, title: 'Eén jaar' })).createActionPlan.actionPlan;
    expect(single.untilYear).toBe(year + 3);

    const before = await graph.organisations.prisma.actionPlan.count();
    for (const untilYear of [year + 2, year + 8]) {
      const answer = await graph.send(CREATE, { input: { ...term, year: year + 3, untilYear } }, policyCoordinator);
      expect(answer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'untilYear' });
    }
    expect(await graph.organisations.prisma.actionPlan.count()).toBe(before);
  });
});
