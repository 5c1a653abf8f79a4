import { performance, type EventLoopUtilization } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';

/** Whether the process was at work since the last collection, or has given its memory back since. */
export type MemoryState = 'busy' | 'released';

/** Busy from this share of a window spent in the event loop's callbacks; quiet below the lower one. */
export interface Thresholds {
  busyFrom: number;
  quietBelow: number;
}

/**
 * After a window of the event loop's utilization: collect when the process has just gone quiet after
 * work, and only then. Between the two thresholds nothing changes, so a process idling near one of them
 * (following feeds every half second, on a loaded machine) is not collected over and over.
 */
export function afterWindow(
  state: MemoryState,
  utilization: number,
  { busyFrom, quietBelow }: Thresholds,
): { state: MemoryState; collect: boolean } {
  if (utilization >= busyFrom) return { state: 'busy', collect: false };
  if (utilization < quietBelow && state === 'busy') return { state: 'released', collect: true };
  return { state, collect: false };
}

/** V8's full collection; Node exposes `gc` only with --expose-gc, and a flag set at run time reaches new contexts. */
export function fullCollection(): () => void {
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}

/** How long the event loop's busy share is measured over before deciding that a process went quiet. */
export const QUIET_WINDOW_MS = 10_000;
/**
 * By when a process that went quiet has given its memory back: the window it went quiet in ends within one
 * window, and the next, quiet in full, collects. (What a measure of idle memory waits for, after the quiet.)
 */
export const MEMORY_RELEASED_WITHIN_MS = 2 * QUIET_WINDOW_MS;

/**
 * Gives start-up's and a burst's garbage back to the system once the process has gone quiet. V8 keeps the
 * heap it grew to: after start-up (migrations, schema building, the demo data) a subgraph held its 32 MiB
 * young generation and two to three times its live old generation, and an idle graph of five processes
 * was far from the memory a laptop can spare. One full collection when the event loop has been nearly idle
 * for a window releases it (30–40 MiB a process), and costs a few tens of milliseconds once per quiet period.
 * "Nearly idle" is generous (under 10 % of the window): an idle subgraph still follows the feeds, which on
 * a loaded two-core machine kept its loop busy 6–9 % of the time.
 * A smaller heap by V8 flags instead (--optimize-for-size) was measured to cost 70 % more CPU under load.
 */
export function releaseMemoryWhenQuiet({ windowMs = QUIET_WINDOW_MS, busyFrom = 0.25, quietBelow = 0.1 } = {}): void {
  const collect = fullCollection();
  let state: MemoryState = 'busy'; // start-up is work
  let since: EventLoopUtilization = performance.eventLoopUtilization();
  const timer = setInterval(() => {
    const now = performance.eventLoopUtilization();
    const next = afterWindow(state, performance.eventLoopUtilization(now, since).utilization, { busyFrom, quietBelow });
    since = now;
    state = next.state;
    if (next.collect) collect();
  }, windowMs);
  timer.unref(); // never what keeps a process alive, so nothing needs to stop it
}
