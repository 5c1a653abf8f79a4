import type { Catalogue, EventType, PayloadOf } from './catalogue';

/** The part of a producing service's transaction client this needs: its OutboxEvent model (see its schema.prisma). */
export interface OutboxTransaction {
  outboxEvent: {
    createMany(args: { data: { type: string; version: number; payload: any }[] }): PromiseLike<unknown>;
  };
}

/**
 * Writes events of the service's catalogue to its outbox, inside the transaction of the change they
 * describe, so that an event exists exactly when its change does. Every payload is checked against its
 * schema first: a producer never publishes what its own catalogue would refuse.
 */
export async function recordEvents<C extends Catalogue, T extends EventType<C>>(
  tx: OutboxTransaction,
  catalogue: C,
  type: T,
  payloads: readonly PayloadOf<C, T>[],
): Promise<void> {
  if (!payloads.length) return;
  const { version, payload: schema } = catalogue.events[type];
  const data = payloads.map((payload) => ({ type, version, payload: schema.parse(payload) as object }));
  await tx.outboxEvent.createMany({ data });
}
