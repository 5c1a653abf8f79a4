import type { Caller } from '@cort/auth';
import { pullEvents, type DomainEvent } from '@cort/events';
import { activityInput, at, partnerIn, roomsOf } from './fixtures';
import { startGraph, type Graph } from './graph';

// The activities service writes domain events in the transaction of each change and serves them to the
// other services of the graph, in commit order, at /internal/events.
describe('the activities event feed', () => {
  let graph: Graph;
  let coordinator: string;
  let organisationId: string;
  let sign: (caller: Caller, audience: string) => Promise<string>;
  const feedUrl = () => new URL(graph.activities.url).origin;

  async function pullAll(after?: string | null, limit = 7) {
    const events: DomainEvent[] = [];
    let cursor = after ?? null;
    for (;;) {
      const page = await pullEvents({
        baseUrl: feedUrl(),
        consumer: 'reporting',
        producer: 'activities',
        signToken: sign,
        after: cursor,
        limit,
      });
      events.push(...page.events);
      cursor = page.cursor;
      if (!page.hasMore) return { events, cursor };
    }
  }

  /**
   * The feed serves a transaction's events once every older transaction of the database server has
   * ended, so on a busy PostgreSQL (other test files run beside this one) they may arrive a little later:
   * keep pulling until the expected number has come, then check nothing more comes.
   */
  async function pullUntil(after: string | null, count: number, limit = 7) {
    const events: DomainEvent[] = [];
    let cursor = after;
    const deadline = Date.now() + 10_000;
    while (events.length < count && Date.now() < deadline) {
      const page = await pullAll(cursor, limit);
      events.push(...page.events);
      cursor = page.cursor;
      if (events.length < count) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return { events, cursor };
  }

  beforeAll(async () => {
    graph = await startGraph();
    sign = graph.sign;
    coordinator = await graph.token({ roles: ['COORDINATOR'], prisons: ['HAREN'] });
    organisationId = await partnerIn(graph, coordinator, 'HAREN');
  });
  afterAll(() => graph?.stop());

  it('tells the life of an activity, in order, without free text', async () => {
    const [room] = await roomsOf(graph, coordinator, 'HAREN');
    const { cursor: start } = await pullAll();
    const created = await graph.run(
      'web/CreateActivity.graphql',
      { input: activityInput('HAREN', organisationId, { sessions: [{ startsAt: at(4, 9), endsAt: at(4, 10), locationId: room.id }] }) },
      coordinator,
    );
    const id = created.data.createActivity.activity.id;
    await graph.run('web/PublishActivity.graphql', { id }, coordinator);
    const session = await graph.activities.prisma.session.findFirstOrThrow({ where: { activityId: id } });
    await graph.send(
      `mutation($id: ID!) { cancelSession(id: $id, reason: "Zaal bezet") { session { id } } }`,
      { id: session.id },
      coordinator,
    );

    const { events } = await pullUntil(start, 4);
    expect(events.map((e) => e.type)).toEqual(['ActivityCreated', 'SessionScheduled', 'ActivityPublished', 'SessionCancelled']);
    expect(events[2].payload).toMatchObject({
      activityId: id,
      prisonId: 'HAREN',
      organisationId,
      status: 'PUBLISHED',
      capacity: 10,
      genders: ['MALE', 'FEMALE'],
    });
    // SessionCancelled is version 2 since cancellations carry a reason code (issue 11); the rest version 1.
    expect(events.map((e) => e.version)).toEqual([1, 1, 1, 2]);
    expect(events.every((e) => e.id && !Number.isNaN(Date.parse(e.occurredAt)))).toBe(true);
    expect(JSON.stringify(events)).not.toMatch(/Atelier|Zaal bezet/);
  });

  it('writes no event for a refused change', async () => {
    const { cursor } = await pullUntil(null, 4);
    const refused = await graph.run(
      'web/CreateActivity.graphql',
      { input: activityInput('HAREN', organisationId, { capacity: 0 }) },
      coordinator,
    );
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await pullAll(cursor)).events).toEqual([]);
  });

  it('gives every event of concurrent changes exactly once across pages', async () => {
    const { cursor } = await pullAll();
    const answers = await Promise.all(
      Array.from({ length: 15 }, (_, i) =>
        graph.run(
          'web/CreateActivity.graphql',
          { input: activityInput('HAREN', organisationId, { title: { nl: `Reeks ${i}` } }) },
          coordinator,
        ),
      ),
    );
    const ids = answers.map((a) => a.data.createActivity.activity.id).sort();
    const { events, cursor: end } = await pullUntil(cursor, 15, 4);
    expect(events.map((e) => e.payload.activityId).sort()).toEqual(ids);
    expect((await pullAll(end)).events).toEqual([]);
    expect(new Set(events.map((e) => e.id)).size).toBe(15);
  });

  it('gives the end of the feed, from where only later events come', async () => {
    const service = { baseUrl: feedUrl(), consumer: 'gateway', producer: 'activities', signToken: sign };
    await pullAll();
    const end = await pullEvents({ ...service, at: 'end' });
    expect(end).toMatchObject({ events: [], hasMore: false });
    expect((await pullAll(end.cursor)).events).toEqual([]);
    const answer = await graph.run('web/CreateActivity.graphql', { input: activityInput('HAREN', organisationId) }, coordinator);
    const { events } = await pullUntil(end.cursor, 1);
    expect(events.map((e) => e.payload.activityId)).toEqual([answer.data.createActivity.activity.id]);
    const url = `${feedUrl()}/internal/events?at=start`;
    const token = await sign({ kind: 'service', service: 'gateway' }, 'activities');
    expect((await fetch(url, { headers: { authorization: `Bearer ${token}` } })).status).toBe(400);
  });

  it('is closed to users, anonymous callers and requests without a service token', async () => {
    const url = `${feedUrl()}/internal/events`;
    expect((await fetch(url)).status).toBe(401);
    const user = await sign({ kind: 'user', sub: 'c', roles: ['COORDINATOR'], prisons: ['HAREN'] }, 'activities');
    expect((await fetch(url, { headers: { authorization: `Bearer ${user}` } })).status).toBe(403);
    const otherAudience = await sign({ kind: 'service', service: 'reporting' }, 'organisations');
    expect((await fetch(url, { headers: { authorization: `Bearer ${otherAudience}` } })).status).toBe(401);
    const service = await sign({ kind: 'service', service: 'reporting' }, 'activities');
    expect((await fetch(`${url}?limit=0`, { headers: { authorization: `Bearer ${service}` } })).status).toBe(400);
    expect((await fetch(`${url}?after=bogus`, { headers: { authorization: `Bearer ${service}` } })).status).toBe(400);
    // Never through the gateway.
    expect((await fetch(graph.gatewayUrl.replace('/graphql', '/internal/events'))).status).toBe(404);
  });
});
