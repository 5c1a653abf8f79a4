import { startGraph, type Graph } from './graph';
import { eventually } from './wait';

// The demo under `npm start`: once the organisations service learnt the demo needs assessments from the
// activities feed, a few demo actions of each plan answer a wish of their prison, resolved by the graph.
// The activities service starts last, as it may under `npm start`: the organisations service's first
// catch-ups of its feed fail, and the actions are linked after the first one that succeeds.
describe('the demo actions answering wishes', () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = await startGraph({ demo: true, followIntervalMs: 100, activities: false });
    await graph.startService('activities');
  }, 240_000);
  afterAll(() => graph?.stop());

  it("links demo actions to wishes of their prison's needs assessments", async () => {
    const policyCoordinator = await graph.token({ roles: ['POLICY_COORDINATOR'], prisons: ['GENT'] });
    const year = Number(new Intl.DateTimeFormat('en', { timeZone: 'Europe/Brussels', year: 'numeric' }).format(new Date()));
    const answering = async () => {
      const answer = await graph.send(
        'query($p: ID!, $y: Int!) { actionPlans(prisonId: $p, year: $y) { goals { actions { title wishes { id domain } } } } }',
        { p: 'GENT', y: year },
        policyCoordinator,
      );
      // The graph may still be busy seeding (a subgraph slow to answer): asked again.
      if (answer.errors) return [];
      return answer.data.actionPlans
        .flatMap((plan: any) => plan.goals.flatMap((goal: any) => goal.actions))
        .filter((action: any) => action.wishes.length);
    };
    const actions = await eventually(answering, (found) => found.length >= 2, 120_000);
    expect(actions).toEqual(
      expect.arrayContaining([{ title: 'Sportdag in de zomer organiseren', wishes: [{ id: expect.any(String), domain: 'SPORT' }] }]),
    );
  }, 180_000);
});
