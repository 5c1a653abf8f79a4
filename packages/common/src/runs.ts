/**
 * Cuts a list into its runs, in order: the longest stretches of consecutive items that `sameRun` keeps
 * together (asked of each item and the one before it). For a feed's page, whose runs of events of one
 * kind are applied together in a few statements instead of some per event.
 */
export function runsOf<T>(items: readonly T[], sameRun: (previous: T, next: T) => boolean): T[][] {
  const runs: T[][] = [];
  for (const item of items) {
    const run = runs[runs.length - 1];
    if (run && sameRun(run[run.length - 1], item)) run.push(item);
    else runs.push([item]);
  }
  return runs;
}
