import { organisationWithPeople } from './cort-fixtures';
import { isoDate } from './fixtures';
import { startGraph, type Graph } from './graph';
import { recordedAssessment } from './needs-fixtures';
import { eventually } from './wait';

const CREATE_PLAN = `mutation($input: CreateActionPlanInput!) { createActionPlan(input: $input) { actionPlan { id } } }`;
const ADD_GOAL = `mutation($input: AddGoalInput!) { addGoal(input: $input) { goal { id } } }`;
const ADD_ACTION = `mutation($input: AddActionInput!) { addAction(input: $input) { action { id wishes { id domain count } } } }`;
const PLANS = `query($prisonId: ID!, $year: Int!) { actionPlans(prisonId: $prisonId, year: $year) { goals { actions { id wishes { id domain } } } } }`;

// The needs an action answers (issue 13): the organisations service learns the wishes of each prison's
// needs assessments from the activities feed and takes only its plan's prison's wishes; the gateway
// resolves them through the activities service, for those who read the prison's needs.
describe("an action answering wishes of its prison's needs assessments", () => {
  let graph: Graph;
  let policyCoordinator: string;
  let goalId: string;
  let ownerOrganisationId: string;
  let harenWishes: { id: string; domain: string; count: number }[];
  let gentWishId: string;
  const year = Number(isoDate(0).slice(0, 4));
  const addAction = (input: Record<string, unknown>) =>
    graph.send(
      ADD_ACTION,
      { input: { goalId, title: 'Yoga voor vrouwen', ownerOrganisationId, dueOn: isoDate(30), ...input } },
      policyCoordinator,
    );
  const actionCount = async () => {
    const answer = await graph.send(PLANS, { prisonId: 'HAREN', year }, policyCoordinator);
    return answer.data.actionPlans.flatMap((plan: any) => plan.goals.flatMap((goal: any) => goal.actions)).length as number;
  };

  beforeAll(async () => {
    graph = await startGraph({ followIntervalMs: 100 });
    const coordinator = await graph.token({ roles: ['COORDINATOR'], prisons: ['HAREN'] });
    const gentCoordinator = await graph.token({ roles: ['COORDINATOR'], prisons: ['GENT'] });
    policyCoordinator = await graph.token({ roles: ['POLICY_COORDINATOR'], prisons: ['HAREN'] });
    harenWishes = (await recordedAssessment(graph, coordinator)).wishes.map(({ id, domain, count }) => ({ id, domain, count }));
    gentWishId = (await recordedAssessment(graph, gentCoordinator, { prisonId: 'GENT' })).wishes[0].id;
    ownerOrganisationId = (await organisationWithPeople(graph, coordinator, ['HAREN'], 'Sportwerking Haren', [])).organisationId;
    const send = async (query: string, input: Record<string, unknown>) => {
      const answer = await graph.send(query, { input }, policyCoordinator);
      if (answer.errors) throw new Error(JSON.stringify(answer.errors));
      return answer.data;
    };
    const planId = (await send(CREATE_PLAN, { prisonId: 'HAREN', year, title: 'Actieplan Haren' })).createActionPlan.actionPlan.id;
    goalId = (await send(ADD_GOAL, { actionPlanId: planId, title: 'Aanbod op de noden afstemmen' })).addGoal.goal.id;
  });
  afterAll(() => graph?.stop());

  it('takes a wish of its prison once the organisations service learnt it from the feed, resolved through the activities service', async () => {
    // Until the feed brings the assessment, the wish is unknown here: refused, nothing written.
    const answer = await eventually(
      () => addAction({ wishIds: [harenWishes[0].id] }),
      (result) => !result.errors,
    );
    expect(answer.data.addAction.action.wishes).toEqual([harenWishes[0]]);
    expect(await actionCount()).toBe(1);
  });

  it('refuses a wish of another prison or an unknown id as BAD_USER_INPUT on wishIds, writing nothing', async () => {
    const before = await actionCount();
    for (const wishIds of [[gentWishId], [harenWishes[1].id, '00000000-0000-4000-8000-000000000000']]) {
      const refused = await addAction({ wishIds });
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'wishIds' });
      expect(refused.errors?.[0].message).not.toContain(gentWishId);
    }
    expect(await actionCount()).toBe(before);
  });

  it("shows the wishes to the prison's needs readers only: partner staff see the action with its wishes as null", async () => {
    const analyst = await graph.token({ roles: ['ANALYST'], prisons: ['HAREN'] });
    const staff = await graph.token({ roles: ['PARTNER_STAFF'], prisons: ['HAREN'], organisationId: ownerOrganisationId });
    const wishesAs = async (token: string) => {
      const answer = await graph.send(PLANS, { prisonId: 'HAREN', year }, token);
      return { errors: answer.errors, wishes: answer.data?.actionPlans?.[0]?.goals[0].actions[0].wishes };
    };
    expect(await wishesAs(analyst)).toEqual({ errors: undefined, wishes: [{ id: harenWishes[0].id, domain: harenWishes[0].domain }] });
    expect((await wishesAs(staff)).wishes).toEqual([null]);
    const gentCoordinator = await graph.token({ roles: ['POLICY_COORDINATOR'], prisons: ['GENT'] });
    const other = await graph.send(PLANS, { prisonId: 'HAREN', year }, gentCoordinator);
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(other.data ?? null)).not.toContain(harenWishes[0].id);
  });
});
