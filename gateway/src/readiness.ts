import { setTimeout as sleep } from 'node:timers/promises';
import { ANONYMOUS, type InternalSigner } from '@cort/auth';
import type { Logger } from '@cort/common';

export type SubgraphStatus = Record<string, 'ready' | 'unavailable'>;
/** What the background probe last saw of each subgraph; `unknown` until its first answer. */
export type WatchedStatus = Record<string, 'ready' | 'unavailable' | 'unknown'>;

/** The probe's whole query: any GraphQL answer to it proves the subgraph runs (tests tell it from real traffic). */
export const PROBE_QUERY = '{ __typename }';

/**
 * A subgraph is ready when it answers `{ __typename }` over GraphQL with an anonymous internal token:
 * this proves it is up, has finished migrating (services listen only then) and accepts our keys.
 */
export async function probeSubgraphs(
  subgraphs: { name: string; url: string }[],
  sign: InternalSigner,
  timeoutMs = 2000,
): Promise<SubgraphStatus> {
  const results = await Promise.all(
    subgraphs.map(async ({ name, url }) => {
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${await sign(ANONYMOUS, name)}` },
          body: JSON.stringify({ query: PROBE_QUERY }),
          signal: AbortSignal.timeout(timeoutMs),
        });
        const body = (await response.json()) as { data?: unknown; errors?: unknown };
        return [name, response.ok && (body.data !== undefined || body.errors !== undefined) ? 'ready' : 'unavailable'] as const;
      } catch {
        return [name, 'unavailable'] as const;
      }
    }),
  );
  return Object.fromEntries(results);
}

export const allReady = (status: SubgraphStatus) => Object.values(status).every((value) => value === 'ready');

/**
 * Start-up under `npm start`: wait (bounded) until every subgraph has answered, so the first requests do not
 * fail. A subgraph that answered once is up: on a busy machine (four subgraphs seeding their demo data) each
 * answers in time now and then, but seldom all four in the same round, which kept the gateway waiting to
 * the end of its bound after they had all started.
 */
export async function waitForSubgraphs(
  probe: () => Promise<SubgraphStatus>,
  timeoutMs: number,
  logger: Logger,
  intervalMs = 500,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  const answered = (previous: SubgraphStatus, next: SubgraphStatus): SubgraphStatus =>
    Object.fromEntries(Object.entries(next).map(([name, value]) => [name, previous[name] === 'ready' ? 'ready' : value]));
  let status = await probe();
  let reported = '';
  while (!allReady(status) && Date.now() < deadline) {
    const waiting = Object.keys(status)
      .filter((name) => status[name] !== 'ready')
      .join(', ');
    if (waiting !== reported) logger.info('waiting for subgraphs', { waiting });
    reported = waiting;
    await sleep(intervalMs);
    status = answered(status, await probe());
  }
  if (!allReady(status)) logger.error('starting without every subgraph', { status });
  return allReady(status);
}

/** How often the gateway probes its subgraphs in the background, for the information in `/ready`'s body. */
export const SUBGRAPH_WATCH_INTERVAL_MS = 5000;

export interface SubgraphWatch {
  /** The statuses of the last probe, at once: nobody waits on a subgraph for them. */
  status(): WatchedStatus;
  stop(): void;
}

/**
 * Probes the subgraphs now and then every `intervalMs` after each probe ends (a slow probe never overlaps
 * the next), and keeps the last statuses. They are information in `/ready`'s body, not its verdict: a
 * gateway taken out of rotation for a slow subgraph helps nobody, as every gateway would go at once.
 */
export function watchSubgraphs(
  names: string[],
  probe: () => Promise<SubgraphStatus>,
  intervalMs = SUBGRAPH_WATCH_INTERVAL_MS,
): SubgraphWatch {
  let last: WatchedStatus = Object.fromEntries(names.map((name) => [name, 'unknown'] as const));
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const round = async () => {
    const status = await probe().catch(() => undefined);
    if (stopped) return;
    if (status) last = status;
    // Unref'd: the watch never keeps a process alive that has nothing else to do.
    timer = setTimeout(round, intervalMs).unref();
  };
  void round();
  return {
    status: () => last,
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
