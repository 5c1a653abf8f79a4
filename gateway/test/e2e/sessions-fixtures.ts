import { eventually } from './wait';
import { pullEvents, type DomainEvent } from '@cort/events';
import { activityInput, isoDate, publishedActivity } from './fixtures';
import type { Graph } from './graph';

// Helpers of the sessions tests (held, cancelled, restored, moved): sessions as the activities service
// answers them, and its feed.

export interface SessionRow {
  id: string;
  startsAt: string;
  endsAt: string;
  status: string;
  cancellationReason: string | null;
  cancellationReasonCode: string | null;
  location: { id: string };
}

const SESSIONS = `query($id: ID!) { activity(id: $id) { sessions { id startsAt endsAt status cancellationReason cancellationReasonCode location { id } } } }`;

/** Every session of an activity, by start, as a coordinator of its prison reads them. */
export async function sessionsOf(graph: Graph, coordinator: string, activityId: string): Promise<SessionRow[]> {
  const answer = await graph.send(SESSIONS, { id: activityId }, coordinator);
  if (answer.errors) throw new Error(JSON.stringify(answer.errors));
  return answer.data.activity.sessions;
}

/** A published activity with the given sessions ([startsAt, endsAt, roomId]); returns its id and session ids by start. */
export async function activityWithSessions(
  graph: Graph,
  coordinator: string,
  prisonId: string,
  organisationId: string,
  slots: [string, string, string][],
  overrides: Record<string, unknown> = {},
) {
  const id = await publishedActivity(
    graph,
    coordinator,
    activityInput(prisonId, organisationId, {
      startsOn: isoDate(-10),
      sessions: slots.map(([startsAt, endsAt, locationId]) => ({ startsAt, endsAt, locationId })),
      ...overrides,
    }),
  );
  const sessions = await sessionsOf(graph, coordinator, id);
  const byStart = new Map(sessions.map((s) => [new Date(s.startsAt).getTime(), s.id]));
  return { id, sessionIds: slots.map(([startsAt]) => byStart.get(new Date(startsAt).getTime())!) };
}

/** Every event of the activities feed after a cursor (null: from the start), and the cursor after them. */
async function readFeed(graph: Graph, after: string | null) {
  const sign = graph.sign;
  const events: DomainEvent[] = [];
  let cursor = after;
  for (;;) {
    const page = await pullEvents({
      baseUrl: new URL(graph.activities.url).origin,
      consumer: 'reporting',
      producer: 'activities',
      signToken: sign,
      after: cursor,
      limit: 200,
    });
    events.push(...page.events);
    cursor = page.cursor;
    if (!page.hasMore) return { events, cursor };
  }
}

/**
 * The activities feed after a cursor, once it serves every committed event: the feed holds an event back
 * until every older transaction on the database server has finished (README, Domain events), and on the
 * PostgreSQL server the test files share, another file's transaction may do so for a moment.
 */
export async function activitiesFeed(graph: Graph, after: string | null = null) {
  await eventually(
    async () => ({ served: (await readFeed(graph, null)).events.length, committed: await graph.activities.prisma.outboxEvent.count() }),
    ({ served, committed }) => served >= committed,
  );
  return readFeed(graph, after);
}

/** The events of one type about some sessions, in feed order. */
export const sessionEvents = (events: DomainEvent[], type: string, sessionIds: string[]) =>
  events.filter((e) => e.type === type && sessionIds.includes((e.payload as { sessionId: string }).sessionId));

export const codeOf = (answer: { errors?: { extensions?: Record<string, any> }[] }) => answer.errors?.[0]?.extensions?.code;
