// The types of caught-up.js, for the end-to-end test that checks it on the graph harness.

type Services = Partial<Record<'activities' | 'organisations' | 'participants' | 'reporting', { prisma: unknown }>>;

/** Events not yet applied, summed over every consumer and feed. */
export function lag(services: Services): Promise<number>;
/** The events written so far by `consumer`'s producers. */
export function eventsWritten(services: Services, consumer?: string): Promise<number>;
/** How long ago (ms) the oldest event `consumer` has not applied yet was written; 0 when none is unread. */
export function unreadAgeMs(services: Services, consumer?: string): Promise<number>;
/** Waits until the lag is zero. */
export function waitCaughtUp(
  services: Services,
  options?: { progress?: (lag: number) => void; timeoutMs?: number; pollMs?: number },
): Promise<void>;
