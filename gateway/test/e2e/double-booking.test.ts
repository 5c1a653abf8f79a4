import { activityInput, at, isoDate, partnerIn, roomsOf } from './fixtures';
import { startGraph, type Graph } from './graph';

// A room is never double-booked, whatever the concurrency: on PostgreSQL the requests really race
// (READ COMMITTED), so this is proven by the CI run against it as well as on PGlite.
describe('room booking under concurrency', () => {
  let graph: Graph;
  let coordinator: string;

  beforeAll(async () => {
    graph = await startGraph();
    coordinator = await graph.token({ roles: ['COORDINATOR'], prisons: ['HAREN'] });
  });
  afterAll(() => graph?.stop());

  it('books exactly one of 12 overlapping sessions requested at once in the same room', async () => {
    const organisationId = await partnerIn(graph, coordinator, 'HAREN');
    const [room] = await roomsOf(graph, coordinator, 'HAREN');
    const activities = await Promise.all(
      Array.from({ length: 12 }, async (_, i) => {
        const answer = await graph.run(
          'web/CreateActivity.graphql',
          { input: activityInput('HAREN', organisationId, { title: { nl: `Atelier ${i}` }, endsOn: isoDate(40) }) },
          coordinator,
        );
        return answer.data.createActivity.activity.id as string;
      }),
    );
    const answers = await Promise.all(
      activities.map((activityId, i) =>
        graph.send(
          `mutation($input: AddSessionsInput!) { addSessions(input: $input) { sessions { id } } }`,
          // Each starts a few minutes after the previous one: every pair overlaps.
          {
            input: {
              activityId,
              sessions: [
                { startsAt: new Date(new Date(at(30, 9)).getTime() + i * 60_000).toISOString(), endsAt: at(30, 11), locationId: room.id },
              ],
            },
          },
          coordinator,
        ),
      ),
    );
    const booked = answers.filter((a) => !a.errors);
    expect(booked).toHaveLength(1);
    expect(answers.filter((a) => a.errors?.[0].extensions?.code === 'CONFLICT')).toHaveLength(11);
    expect(await graph.activities.prisma.session.count({ where: { locationId: room.id, status: 'SCHEDULED' } })).toBe(1);
  });
});
