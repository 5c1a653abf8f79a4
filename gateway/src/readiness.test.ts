import type { Logger } from '@cort/common';
import { waitForSubgraphs, watchSubgraphs, type SubgraphStatus } from './readiness';

/** A probe the test answers by hand, one call at a time. */
function handProbe() {
  const pending: { resolve: (status: SubgraphStatus) => void; reject: (error: Error) => void }[] = [];
  const probe = jest.fn(() => new Promise<SubgraphStatus>((resolve, reject) => pending.push({ resolve, reject })));
  return { probe, pending };
}
const settle = () => new Promise((resolve) => jest.requireActual<typeof import('node:timers')>('node:timers').setImmediate(resolve));

describe("the gateway's background watch of its subgraphs", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('says unknown until the first probe answers, then what the last probe saw', async () => {
    const { probe, pending } = handProbe();
    const watch = watchSubgraphs(['activities', 'organisations'], probe, 5000);
    expect(watch.status()).toEqual({ activities: 'unknown', organisations: 'unknown' });
    pending[0].resolve({ activities: 'ready', organisations: 'unavailable' });
    await settle();
    expect(watch.status()).toEqual({ activities: 'ready', organisations: 'unavailable' });
    watch.stop();
  });

  it('starts no probe while one still runs, and the next one interval after it ended', async () => {
    const { probe, pending } = handProbe();
    const watch = watchSubgraphs(['activities'], probe, 5000);
    jest.advanceTimersByTime(60_000);
    expect(probe).toHaveBeenCalledTimes(1);
    pending[0].resolve({ activities: 'ready' });
    await settle();
    jest.advanceTimersByTime(4999);
    expect(probe).toHaveBeenCalledTimes(1);
    jest.advanceTimersByTime(1);
    expect(probe).toHaveBeenCalledTimes(2);
    watch.stop();
  });

  it('keeps the last statuses when a probe fails, and probes no more once stopped', async () => {
    const { probe, pending } = handProbe();
    const watch = watchSubgraphs(['activities'], probe, 5000);
    pending[0].resolve({ activities: 'ready' });
    await settle();
    jest.advanceTimersByTime(5000);
    pending[1].reject(new Error('signing failed'));
    await settle();
    expect(watch.status()).toEqual({ activities: 'ready' });
    watch.stop();
    jest.advanceTimersByTime(60_000);
    expect(probe).toHaveBeenCalledTimes(2);
  });
});

describe("the gateway's wait for its subgraphs at start-up", () => {
  const logger: Logger = { info: jest.fn(), error: jest.fn() };

  it('ends once every subgraph has answered, though not all in the same round', async () => {
    const rounds: SubgraphStatus[] = [
      { activities: 'ready', reporting: 'unavailable' },
      { activities: 'unavailable', reporting: 'ready' },
      { activities: 'ready', reporting: 'ready' },
    ];
    const probe = jest.fn(async () => rounds.shift()!);
    expect(await waitForSubgraphs(probe, 60_000, logger, 0)).toBe(true);
    expect(probe).toHaveBeenCalledTimes(2);
  });

  it('starts without a subgraph that never answered, once its time is up', async () => {
    const probe = jest.fn(async (): Promise<SubgraphStatus> => ({ activities: 'ready', reporting: 'unavailable' }));
    expect(await waitForSubgraphs(probe, 0, logger, 0)).toBe(false);
    expect(probe).toHaveBeenCalledTimes(1);
    expect(logger.error).toHaveBeenCalledWith('starting without every subgraph', {
      status: { activities: 'ready', reporting: 'unavailable' },
    });
  });
});
