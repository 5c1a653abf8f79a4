import { z } from 'zod';
import type { DomainEvent } from './events';

/**
 * One event type of a producer's catalogue: the version its payloads have now and their runtime schema.
 * A payload's shape never changes under the same version; a change that a consumer could misread is a
 * new version, and consumers that do not know it yet set the event aside (a dead letter) instead of
 * guessing.
 */
export interface EventDefinition<Payload extends z.ZodType = z.ZodType> {
  version: number;
  description: string;
  payload: Payload;
  /**
   * The earlier versions a feed may still hold, each with its schema and how it reads as the current
   * one (a field added later gets its default). Consumers then handle one shape; a version listed
   * neither here nor as current is a dead letter.
   */
  earlier?: Record<number, { payload: z.ZodType; upgrade(old: any): z.infer<Payload> }>;
}

/**
 * A producing service's public contract beside its SDL: every event type it writes to its outbox. The
 * service exports it as `@cort/<service>/events`; consumers import it, so that producer and consumers
 * agree on one definition.
 */
export interface Catalogue<Events extends Record<string, EventDefinition> = Record<string, EventDefinition>> {
  producer: string;
  events: Events;
}

export const defineCatalogue = <Events extends Record<string, EventDefinition>>(producer: string, events: Events): Catalogue<Events> => ({
  producer,
  events,
});

export type EventType<C extends Catalogue> = keyof C['events'] & string;

export type PayloadOf<C extends Catalogue, T extends EventType<C>> = z.infer<C['events'][T]['payload']>;

/** What went wrong with an event, in words that name fields and codes only, never the payload's values. */
export const problemsOf = (error: z.ZodError) =>
  error.issues.map((issue) => `${issue.path.length ? issue.path.join('.') : 'payload'}: ${issue.code}`).join('; ');

/** The event as its catalogue says it is (an earlier version read as the current one), or why not. */
export function readEvent<C extends Catalogue>(
  catalogue: C,
  event: DomainEvent,
): { ok: true; type: EventType<C>; payload: unknown } | { ok: false; reason: string } {
  const definition = catalogue.events[event.type];
  if (!definition) return { ok: false, reason: `${catalogue.producer} has no event type ${event.type}` };
  const earlier = event.version === definition.version ? undefined : definition.earlier?.[event.version];
  if (event.version !== definition.version && !earlier) {
    return {
      ok: false,
      reason: `version ${event.version} of ${event.type} is unknown here (this consumer reads version ${definition.version})`,
    };
  }
  const parsed = (earlier ?? definition).payload.safeParse(event.payload);
  if (!parsed.success) return { ok: false, reason: `payload does not match ${event.type} v${event.version}: ${problemsOf(parsed.error)}` };
  return { ok: true, type: event.type, payload: earlier ? definition.payload.parse(earlier.upgrade(parsed.data)) : parsed.data };
}
