import path from 'node:path';
import { feedPollIntervalMs } from '@cort/events';
import { serviceConfig, type ServiceConfig } from '@cort/subgraph';

export interface ActivitiesConfig extends ServiceConfig {
  /** Where the organisations subgraph answers, for the facilitation check. */
  organisationsUrl: string;
  /** The participants subgraph, whose event feed (at its origin) tells which sessions had a roll call. */
  participantsUrl: string;
  /** How often the participants feed is polled in the background, in milliseconds. */
  followIntervalMs: number;
  /** How often ended sessions are marked HELD in the background, in milliseconds. */
  heldSweepIntervalMs: number;
}

/**
 * HELD_SWEEP_INTERVAL_MS, or else every 30 s, and never more often than the feeds are polled: whoever
 * slows background work down for a measurement (FEED_POLL_INTERVAL_MS) slows the sweep down too.
 */
function heldSweepIntervalMs(env: NodeJS.ProcessEnv, followIntervalMs: number) {
  const interval = Number(env.HELD_SWEEP_INTERVAL_MS ?? Math.max(30_000, followIntervalMs));
  if (!Number.isInteger(interval) || interval < 10)
    throw new Error('HELD_SWEEP_INTERVAL_MS must be a whole number of milliseconds (at least 10).');
  return interval;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): ActivitiesConfig {
  const followIntervalMs = feedPollIntervalMs(env);
  return {
    ...serviceConfig('activities', 4001, path.join(__dirname, '..'), env),
    organisationsUrl: env.ORGANISATIONS_URL ?? 'http://127.0.0.1:4002/graphql',
    participantsUrl: env.PARTICIPANTS_URL ?? 'http://127.0.0.1:4003/graphql',
    followIntervalMs,
    heldSweepIntervalMs: heldSweepIntervalMs(env, followIntervalMs),
  };
}
