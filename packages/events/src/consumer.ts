import type { Logger } from '@cort/common';
import { readEvent, type Catalogue, type EventType, type PayloadOf } from './catalogue';
import type { DomainEvent } from './events';

/** A consumer's handling of a producer's events: one handler per event type it follows, the rest it ignores. */
export type Handlers<C extends Catalogue, Tx> = {
  [T in EventType<C>]?: (tx: Tx, payload: PayloadOf<C, T>, event: DomainEvent) => Promise<void>;
};

/** An event a consumer could not read: kept with the reason, so nothing is lost or silently cast. */
export interface DeadLetter {
  producer: string;
  eventId: string;
  type: string;
  version: number;
  reason: string;
  payload: unknown;
}

export type Outcome = 'applied' | 'ignored' | 'dead-lettered';

/**
 * Applies one event of a producer's feed: the handler of its type, with the payload as the catalogue
 * reads it. An event of a followed type that has an unknown version or fails its schema is written to the
 * consumer's dead letters (in the same transaction) and logged without payload values; the feed goes on
 * with the next event.
 */
export function createEventConsumer<C extends Catalogue, Tx>(options: {
  catalogue: C;
  handlers: Handlers<C, Tx>;
  deadLetter(tx: Tx, letter: DeadLetter): Promise<void>;
  logger: Pick<Logger, 'error'>;
}): (tx: Tx, event: DomainEvent) => Promise<Outcome> {
  const { catalogue, handlers } = options;
  return async (tx, event) => {
    const handler = handlers[event.type as EventType<C>];
    if (!handler) return 'ignored';
    const read = readEvent(catalogue, event);
    if (!read.ok) {
      const letter = { producer: catalogue.producer, eventId: event.id, type: event.type, version: event.version, reason: read.reason };
      await options.deadLetter(tx, { ...letter, payload: event.payload });
      options.logger.error('set an event aside as a dead letter', letter);
      return 'dead-lettered';
    }
    await (handler as (tx: Tx, payload: unknown, event: DomainEvent) => Promise<void>)(tx, read.payload, event);
    return 'applied';
  };
}
