import { randomUUID } from 'node:crypto';
import { startGraph, type Graph } from './graph';

const DAY = 86_400_000;

// Activity.acknowledgements asked of every activity of a list costs the activities service the same SQL
// statements for 30 activities as for 3: the request's loader reads the acknowledgements of all of them at
// once (issue 13).
describe('the SQL statements of the acknowledged warnings', () => {
  let graph: Graph;
  let coordinator: string;
  let added = 0;

  /** Published activities, each created and published with the agreement warning acknowledged. */
  async function acknowledgedActivities(prisonId: string, count: number) {
    const prisma = graph.activities.prisma;
    const organisationId = randomUUID();
    for (let n = 0; n < count; n++, added++) {
      const startsOn = new Date(Date.now() + 10 * DAY);
      const activity = await prisma.activity.create({
        data: {
          prisonId,
          organisationId,
          category: 'SOCIOCULTURAL',
          domain: 'CULTURE',
          titleNl: `Atelier ${added}`,
          genders: ['MALE'],
          legalStatuses: ['CONVICTED'],
          instructionLanguages: ['nl'],
          capacity: 8,
          startsOn,
          endsOn: new Date(startsOn.getTime() + 60 * DAY),
          status: 'PUBLISHED',
        },
      });
      await prisma.activityAcknowledgement.createMany({
        data: (['DRAFT', 'PUBLISHED'] as const).map((status, i) => ({
          activityId: activity.id,
          status,
          warnings: ['NO_CURRENT_AGREEMENT' as const],
          by: `coordinator-${added}`,
          at: new Date(Date.now() - (2 - i) * DAY),
        })),
      });
    }
  }

  beforeAll(async () => {
    // No background polling of the feeds: its statements would count too.
    graph = await startGraph({ followIntervalMs: 3_600_000 });
    coordinator = await graph.token({ roles: ['COORDINATOR'], prisons: ['GENT', 'BRUGGE'] });
    await acknowledgedActivities('GENT', 3);
    await acknowledgedActivities('BRUGGE', 30);
  });
  afterAll(() => graph?.stop());

  async function statementsOf(prisonId: string, expected: number) {
    graph.statements.activities.reset();
    const answer = await graph.send(
      `query($p: ID!) { activities(prisonId: $p, first: 30) { edges { node { id acknowledgements { warnings status acknowledgedBy acknowledgedAt } } } } }`,
      { p: prisonId },
      coordinator,
    );
    expect(answer.errors).toBeUndefined();
    const nodes = answer.data.activities.edges.map((edge: any) => edge.node);
    expect(nodes).toHaveLength(expected);
    // Each activity its own two acknowledgements, oldest first, not its neighbours'.
    const rows = await graph.activities.prisma.activityAcknowledgement.findMany({
      where: { activityId: { in: nodes.map((node: any) => node.id) } },
    });
    for (const node of nodes) {
      const by = rows.find((row) => row.activityId === node.id)?.by;
      expect(node.acknowledgements).toEqual(
        ['DRAFT', 'PUBLISHED'].map((status) => ({
          warnings: ['NO_CURRENT_AGREEMENT'],
          status,
          acknowledgedBy: by,
          acknowledgedAt: expect.any(String),
        })),
      );
    }
    return graph.statements.activities.count;
  }

  it('costs the same for a list of 30 activities as for 3', async () => {
    const three = await statementsOf('GENT', 3);
    expect(await statementsOf('BRUGGE', 30)).toBe(three);
  });
});
