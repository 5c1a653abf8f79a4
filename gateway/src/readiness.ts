import { setTimeout as sleep } from 'node:timers/promises';
import { ANONYMOUS, type InternalSigner } from '@cort/auth';
import type { Logger } from '@cort/common';

export type SubgraphStatus = Record<string, 'ready' | 'unavailable'>;

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
          body: JSON.stringify({ query: '{ __typename }' }),
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

/** Start-up under `npm start`: wait (bounded) until every subgraph answers, so the first requests do not fail. */
export async function waitForSubgraphs(
  probe: () => Promise<SubgraphStatus>,
  timeoutMs: number,
  logger: Logger,
  intervalMs = 500,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  let status = await probe();
  let reported = '';
  while (!allReady(status) && Date.now() < deadline) {
    const waiting = Object.keys(status)
      .filter((name) => status[name] !== 'ready')
      .join(', ');
    if (waiting !== reported) logger.info('waiting for subgraphs', { waiting });
    reported = waiting;
    await sleep(intervalMs);
    status = await probe();
  }
  if (!allReady(status)) logger.error('starting without every subgraph', { status });
  return allReady(status);
}
