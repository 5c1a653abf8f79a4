import { afterWindow, fullCollection, type MemoryState } from './idle-memory';

describe('giving memory back when the process goes quiet', () => {
  const thresholds = { busyFrom: 0.25, quietBelow: 0.1 };
  const run = (utilizations: number[]) => {
    let state: MemoryState = 'busy';
    return utilizations.map((utilization) => {
      const next = afterWindow(state, utilization, thresholds);
      state = next.state;
      return next.collect;
    });
  };

  it('collects once when start-up is over, and not again while the process stays idle', () => {
    expect(run([0.5, 0.01, 0.005, 0.0])).toEqual([false, true, false, false]);
  });

  it('collects again after each period of work, when the process is quiet again', () => {
    expect(run([0.01, 0.3, 0.9, 0.01, 0.01, 0.5, 0.09])).toEqual([true, false, false, true, false, false, true]);
  });

  it('a process idling between the thresholds is collected once, not at every dip', () => {
    expect(run([0.5, 0.09, 0.2, 0.05, 0.15, 0.02, 0.24, 0.01])).toEqual([false, true, false, false, false, false, false, false]);
  });

  it('after start-up, a process that never gets quiet below the lower threshold is not collected', () => {
    expect(run([0.9, 0.2, 0.15, 0.12])).toEqual([false, false, false, false]);
  });

  it('a window exactly at a threshold counts as the side above it', () => {
    expect(afterWindow('released', 0.25, thresholds)).toEqual({ state: 'busy', collect: false });
    expect(afterWindow('busy', 0.1, thresholds)).toEqual({ state: 'busy', collect: false });
  });

  it('the collection is a real full one: an object nothing refers to any more is gone after it', async () => {
    const collect = fullCollection();
    let garbage: object | null = { big: new Array(1000).fill('x') };
    const ref = new WeakRef(garbage);
    garbage = null;
    await new Promise((resolve) => setImmediate(resolve)); // a WeakRef keeps its target until the job ends
    collect();
    expect(ref.deref()).toBeUndefined();
  });
});
