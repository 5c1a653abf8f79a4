import { runsOf, type Logger } from '@cort/common';
import { readEvent, type Catalogue, type EventType, type PayloadOf } from './catalogue';
import type { DomainEvent } from './events';

/** One event as its handler gets it: the payload as the catalogue reads it, and the event. */
export interface ReadEvent<P> {
  payload: P;
  event: DomainEvent;
}

/**
 * A handler of consecutive events given together (a run of a page): those of its type, or of every type
 * it is given for (one handler object for several types: a whole page, when it is given for all). It must
 * leave exactly what applying them one by one, in order, would leave, but may do so in a few set-based
 * statements instead of some per event. For the types a page brings by the thousand (sessions, marks).
 */
export interface RunHandler<P, Tx> {
  run(tx: Tx, events: readonly ReadEvent<P>[]): Promise<void>;
}

/** Declares a handler that takes runs of its types' events (RunHandler). */
export const inRuns = <P, Tx>(run: RunHandler<P, Tx>['run']): RunHandler<P, Tx> => ({ run });

type EventHandler<P, Tx> = (tx: Tx, payload: P, event: DomainEvent) => Promise<void>;

/**
 * A consumer's handling of a producer's events: one handler per event type it follows, the rest it
 * ignores. A handler takes one event, or (inRuns) the runs of consecutive events of its type, or of the
 * types it is given for.
 */
export type Handlers<C extends Catalogue, Tx> = {
  [T in EventType<C>]?: EventHandler<PayloadOf<C, T>, Tx> | RunHandler<PayloadOf<C, T>, Tx>;
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

type AnyHandler<Tx> = EventHandler<unknown, Tx> | RunHandler<unknown, Tx>;

/**
 * Applies events of a producer's feed in their order (a page, in the page's transaction): each by the
 * handler of its type, with the payload as the catalogue reads it; consecutive events whose type's
 * handler takes runs go to it together, of one type or of several that share the handler (events ignored
 * or set aside between them do not break a run, since they write nothing the handlers read). An event of a followed type that has an unknown version
 * or fails its schema is written to the consumer's dead letters (in the page's transaction, so it is
 * kept exactly when the page is; where among the page's writes is not promised, since no handler reads
 * them) and logged without payload values; the feed goes on with the next event. Returns each event's
 * outcome.
 */
export function createEventConsumer<C extends Catalogue, Tx>(options: {
  catalogue: C;
  handlers: Handlers<C, Tx>;
  deadLetter(tx: Tx, letter: DeadLetter): Promise<void>;
  logger: Pick<Logger, 'error'>;
}): (tx: Tx, events: readonly DomainEvent[]) => Promise<Outcome[]> {
  const { catalogue } = options;
  const handlers = options.handlers as Partial<Record<string, AnyHandler<Tx>>>;
  return async (tx, events) => {
    const outcomes: Outcome[] = [];
    const applied: { handler: AnyHandler<Tx>; read: ReadEvent<unknown> }[] = [];
    for (const event of events) {
      const handler = handlers[event.type];
      if (!handler) {
        outcomes.push('ignored');
        continue;
      }
      const read = readEvent(catalogue, event);
      if (!read.ok) {
        const letter = { producer: catalogue.producer, eventId: event.id, type: event.type, version: event.version, reason: read.reason };
        await options.deadLetter(tx, { ...letter, payload: event.payload });
        options.logger.error('set an event aside as a dead letter', letter);
        outcomes.push('dead-lettered');
        continue;
      }
      outcomes.push('applied');
      applied.push({ handler, read: { payload: read.payload, event } });
    }
    // A run: consecutive events of one run-taking handler; an event of a handler of one event is a run of its own.
    const runs = runsOf(applied, (previous, next) => next.handler === previous.handler && typeof next.handler !== 'function');
    for (const run of runs) {
      const { handler } = run[0];
      if (typeof handler === 'function') await handler(tx, run[0].read.payload, run[0].read.event);
      else
        await handler.run(
          tx,
          run.map(({ read }) => read),
        );
    }
    return outcomes;
  };
}
