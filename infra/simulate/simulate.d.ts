// The types of simulate.js, for the end-to-end test that runs it on the graph harness.

interface RunningService {
  prisma: unknown;
}
export interface SimulateOptions {
  prisons: number;
  detainees: number;
  year: number;
  seed: number;
  /** The roll calls stop before this instant (default: the year so far). */
  until?: Date;
}
export interface Bar {
  increment(n: number): void;
  update(value: number): void;
  stop(): void;
  getTotal(): number;
}
export interface Totals {
  prisons: number;
  activities: number;
  sessions: number;
  /** Partner organisations serving the simulated prisons. */
  partners: number;
  detainees: number;
  requests: number;
  marks: number;
  /** Reporting's lag behind its feeds during the roll calls, sampled every second. */
  lag: { samples: number; p50Ms: number; maxMs: number; eventsPerSecond: number };
}
export function simulateYear(
  services: Record<'activities' | 'organisations' | 'participants' | 'reporting', RunningService>,
  options: SimulateOptions,
  bars: { phase(name: string, total: number): Bar },
): Promise<Totals>;
export function prisonsFor(count: number): string[];
