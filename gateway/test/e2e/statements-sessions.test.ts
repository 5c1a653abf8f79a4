import { at, partnerIn, roomsOf } from './fixtures';
import { startGraph, type Graph } from './graph';
import { activityWithSessions } from './sessions-fixtures';

// A lockdown cancels every session of a prison in a window in one request whose SQL statement count does
// not grow with the number of sessions: one guarded update and one batch of events.
describe('the SQL statements of cancelling sessions in bulk', () => {
  let graph: Graph;
  let coordinator: string;

  beforeAll(async () => {
    // No background feed polling or sweeping here: it would add its own statements to the counts.
    graph = await startGraph({ followIntervalMs: 3_600_000 });
    coordinator = await graph.token({ roles: ['COORDINATOR'], prisons: ['HAREN'] });
    const organisationId = await partnerIn(graph, coordinator, 'HAREN');
    const [room] = await roomsOf(graph, coordinator, 'HAREN');
    // 3 sessions on day 3, 30 on days 10 to 39.
    const slot = (day: number, hour: number): [string, string, string] => [at(day, hour), at(day, hour + 1), room.id];
    await activityWithSessions(
      graph,
      coordinator,
      'HAREN',
      organisationId,
      [9, 11, 13].map((hour) => slot(3, hour)),
    );
    await activityWithSessions(
      graph,
      coordinator,
      'HAREN',
      organisationId,
      Array.from({ length: 30 }, (_, i) => slot(10 + i, 9)),
    );
  });
  afterAll(() => graph?.stop());

  async function statementsFor(from: string, to: string, expected: number) {
    graph.statements.activities.reset();
    const answer = await graph.run(
      'web/CancelSessions.graphql',
      { input: { prisonId: 'HAREN', from, to, reason: 'Lockdown', reasonCode: 'LOCKDOWN' } },
      coordinator,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data.cancelSessions.cancelled).toHaveLength(expected);
    return graph.statements.activities.count;
  }

  it('costs the same for 3 sessions as for 30', async () => {
    const three = await statementsFor(at(3, 0), at(4, 0), 3);
    const thirty = await statementsFor(at(10, 0), at(40, 0), 30);
    expect(thirty).toBe(three);
  });
});
