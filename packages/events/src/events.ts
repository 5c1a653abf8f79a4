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
