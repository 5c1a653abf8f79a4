/**
 * A domain event as it leaves a service: a stable id (consumers are idempotent by it), a type and a
 * version (a payload's shape never changes under the same pair), when it happened, and a payload that
 * names people by id only — never names, detainee numbers or free text about a person.
 */
export interface DomainEvent<Payload = Record<string, unknown>> {
  id: string;
  type: string;
  version: number;
  occurredAt: string;
  payload: Payload;
}

/** What a service writes, inside the transaction of the change it describes. */
export interface NewEvent {
  type: string;
  version?: number;
  payload: Record<string, unknown>;
}

/** The data of an OutboxEvent row (every producing service has that model; see its schema.prisma). */
export const outboxRow = (event: NewEvent) => ({ type: event.type, version: event.version ?? 1, payload: event.payload });
