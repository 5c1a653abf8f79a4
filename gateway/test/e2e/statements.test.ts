import { activityInput, partnerIn } from './fixtures';
import { startGraph, type Graph } from './graph';
import { contract } from './graph';

// Every list and reference goes through a DataLoader: the public offer costs the same number of SQL
// statements in each subgraph whether a page holds 10 activities or 100.
describe('statements per request stay flat as the public offer grows', () => {
  let graph: Graph;
  let organisations: string[];

  beforeAll(async () => {
    // No background feed polling here: it would add its own statements to the counts.
    graph = await startGraph({ followIntervalMs: 3_600_000 });
    const coordinator = await graph.token({ roles: ['COORDINATOR'], prisons: ['HAREN'] });
    organisations = [];
    for (const name of ['CAW Brussel', 'Cultuurhuis', 'Sportaanbod'])
      organisations.push(await partnerIn(graph, coordinator, 'HAREN', name));
  });
  afterAll(() => graph?.stop());

  /** Adds published activities straight into the activities database, each with three sessions in a room of its own time. */
  async function addPublished(count: number, from: number) {
    const rooms = await graph.activities.prisma.location.findMany({ where: { prisonId: 'HAREN' } });
    for (let i = from; i < from + count; i++) {
      const input = activityInput('HAREN', organisations[i % organisations.length]);
      const activity = await graph.activities.prisma.activity.create({
        data: {
          prisonId: 'HAREN',
          organisationId: input.organisationId,
          category: 'SOCIOCULTURAL',
          domain: 'CULTURE',
          titleNl: `Atelier ${i}`,
          genders: ['MALE'],
          legalStatuses: ['CONVICTED'],
          instructionLanguages: ['nl'],
          capacity: 10,
          startsOn: new Date(input.startsOn),
          endsOn: new Date(input.endsOn),
          status: 'PUBLISHED',
        },
      });
      await graph.activities.prisma.session.createMany({
        data: [1, 2, 3].map((week) => ({
          activityId: activity.id,
          locationId: rooms[i % rooms.length].id,
          startsAt: new Date(Date.now() + week * 7 * 86_400_000 + i * 3_600_000),
          endsAt: new Date(Date.now() + week * 7 * 86_400_000 + i * 3_600_000 + 1_800_000),
        })),
      });
    }
  }

  async function statementsFor(first: number) {
    graph.statements.activities.reset();
    graph.statements.organisations.reset();
    const answer = await graph.send(contract('directory/PublicOffer.graphql'), { language: 'NL', prisonId: 'HAREN', first });
    expect(answer.errors).toBeUndefined();
    expect(answer.data.publicOffer.edges).toHaveLength(first);
    expect(answer.data.publicOffer.edges.every((e: any) => e.node.organisation.name && e.node.upcomingSessions.length === 3)).toBe(true);
    return { activities: graph.statements.activities.count, organisations: graph.statements.organisations.count };
  }

  it('costs the same with 10 and with 100 activities', async () => {
    await addPublished(10, 0);
    const ten = await statementsFor(10);
    await addPublished(90, 10);
    const hundred = await statementsFor(100);
    expect(hundred).toEqual(ten);
    // And small: a page, its count, the prisons, the upcoming sessions; one batch of organisations.
    expect(ten.activities).toBeLessThanOrEqual(4);
    expect(ten.organisations).toBe(1);
  });
});
