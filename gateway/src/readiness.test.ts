import { watchSubgraphs, type SubgraphStatus } from './readiness';

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
