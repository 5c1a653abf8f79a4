import { Client } from 'pg';
import { startGraph, type Graph } from './graph';
import { eventually } from './wait';

// The demo under `npm start`, the parts seeded from the activities feed: once the organisations service learnt
// the demo needs assessments, a few demo actions of each plan answer a wish of their prison; once the
// participants service learnt the offer, its activities have demo enrolments. The activities service starts
// last, as it may under `npm start`: the others' first catch-ups of its feed fail, and what waits for the
// feed is seeded after the catch-ups that bring it.
describe('the demo data that waits for the activities feed', () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = await startGraph({ demo: true, followIntervalMs: 100, activities: false });
    // On PostgreSQL the feed serves only transactions older than every one running on the server, so a
    // transaction open anywhere on it (another test, another service) hides the activities seed from the
    // organisations service's first catch-ups: they reach the end of the feed without a wish. Held open here
    // over those catch-ups, as CI's parallel tests once did by chance; the demo must still be complete.
    const url = process.env.TEST_DATABASE_URL;
    const elsewhere = url ? new Client({ connectionString: url }) : undefined;
    await elsewhere?.connect();
    try {
      await elsewhere?.query('BEGIN');
      await elsewhere?.query('SELECT txid_current()');
      await graph.startService('activities');
      // Long enough for many catch-ups (every 100 ms) once the activities service listens, on a loaded machine too.
      if (elsewhere) await new Promise((resolve) => setTimeout(resolve, 5_000));
    } finally {
      await elsewhere?.query('COMMIT');
      await elsewhere?.end();
    }
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

  it('enrols demo participants in the offer once it has arrived', async () => {
    const coordinator = await graph.token({ roles: ['COORDINATOR'], prisons: ['GENT'] });
    const enrolled = async () => {
      const answer = await graph.run('web/CoordinatorOffer.graphql', { prisonId: 'GENT', language: 'NL' }, coordinator);
      if (answer.errors) return 0;
      return answer.data.activities.edges.reduce((sum: number, edge: any) => sum + (edge.node.enrolmentSummary?.enrolled ?? 0), 0);
    };
    expect(await eventually(enrolled, (count) => count > 0, 120_000)).toBeGreaterThan(0);
  }, 180_000);
});
