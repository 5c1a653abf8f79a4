import { readFeed, type DomainEvent } from '@cort/events';

interface Outbox {
  outboxEvent: { count(): Promise<number> };
  $queryRawUnsafe<T = unknown>(sql: string, ...values: unknown[]): Promise<T>;
}

/**
 * A producer's whole feed, once it serves every event in its outbox. The feed serves only events of
 * transactions older than every transaction running on the server, and on a shared PostgreSQL server
 * (CI runs the suites side by side) another database's long transaction holds the newest back for a while.
 */
export async function servedFeed(outbox: Outbox): Promise<DomainEvent[]> {
  const written = await outbox.outboxEvent.count();
  for (let tries = 0; tries < 1200; tries++) {
    const { events } = await readFeed(outbox, null, written);
    if (events.length === written) return events;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the feed never served every event written');
}
