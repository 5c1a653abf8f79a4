import { activityInput, partnerIn } from './fixtures';
import { startGraph, type Graph } from './graph';
import { recordedAssessment } from './needs-fixtures';

// The needs overview and a year's needs assessments cost the same number of SQL statements for a prison
// with one wish answered by one activity as for one with nine wishes answered by many.
describe('the SQL statements of the needs overview', () => {
  let graph: Graph;
  let coordinator: string;

  async function needsOf(prisonId: string, assessments: number) {
    const organisationId = await partnerIn(graph, coordinator, prisonId);
    for (let n = 0; n < assessments; n++) {
      const wishes = Array.from({ length: assessments }, (_, i) => ({ topic: { nl: `Wens ${n}.${i}` }, domain: 'CULTURE', count: 1 + i }));
      const { wishes: recorded } = await recordedAssessment(graph, coordinator, { prisonId, wishes });
      for (const wish of recorded) {
        const input = activityInput(prisonId, organisationId, { answersWishIds: [wish.id] });
        const created = await graph.run('web/CreateActivity.graphql', { input }, coordinator);
        if (created.errors) throw new Error(JSON.stringify(created.errors));
      }
    }
  }

  beforeAll(async () => {
    graph = await startGraph({ followIntervalMs: 3_600_000 });
    coordinator = await graph.token({ roles: ['COORDINATOR'], prisons: ['HAREN', 'GENT'] });
    await needsOf('GENT', 1);
    await needsOf('HAREN', 3);
  });
  afterAll(() => graph?.stop());

  async function statementsOf(source: string, variables: Record<string, unknown>, size: (data: any) => number, expected: number) {
    graph.statements.activities.reset();
    const answer = await graph.send(source, variables, coordinator);
    expect(answer.errors).toBeUndefined();
    expect(size(answer.data)).toBe(expected);
    return graph.statements.activities.count;
  }

  it('needsOverview costs the same for 1 wish as for 9', async () => {
    const overview = (prisonId: string, expected: number) =>
      statementsOf(
        'query($p: ID!) { needsOverview(prisonId: $p) { wish { topic assessment { id respondents } } answered activities { id title status answersWishes { id } } } }',
        { p: prisonId },
        (data) => data.needsOverview.length,
        expected,
      );
    expect(await overview('HAREN', 9)).toBe(await overview('GENT', 1));
  });

  it('needsAssessments costs the same for 1 assessment as for 3', async () => {
    const year = new Date(Date.now() - 30 * 86_400_000).getUTCFullYear();
    const assessments = (prisonId: string, expected: number) =>
      statementsOf(
        'query($p: ID!, $y: Int!) { needsAssessments(prisonId: $p, year: $y) { id targetGroup { genders } wishes { id topic count } } }',
        { p: prisonId, y: year },
        (data) => data.needsAssessments.length,
        expected,
      );
    expect(await assessments('HAREN', 3)).toBe(await assessments('GENT', 1));
  });
});
