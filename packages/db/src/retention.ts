import type { Database } from './open';

/** What every service's retention step is given: one cut-off per run, the same for every service. */
export interface RetentionPlan {
  /** Participants who left before it are due. */
  cutoff: Date;
  /** Count what would change, change nothing. */
  dryRun: boolean;
}

/** What a step changed, or would change in a dry run: counts only. */
export type RetentionCounts = Record<string, number>;

/** A service's step, run against its own database by `npm run retention`. */
export type RetentionStep = (adapter: Database['adapter'], plan: RetentionPlan) => Promise<RetentionCounts>;
