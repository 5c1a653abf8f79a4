import path from 'node:path';
import { feedPollIntervalMs } from '@cort/events';
import { serviceConfig, type ServiceConfig } from '@cort/subgraph';

export interface ParticipantsConfig extends ServiceConfig {
  /** The activities subgraph, whose event feed (at its origin) keeps this service's view of activities. */
  activitiesUrl: string;
  /** How often the feed is polled in the background, in milliseconds. */
  followIntervalMs: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): ParticipantsConfig {
  return {
    ...serviceConfig('participants', 4003, path.join(__dirname, '..'), env),
    activitiesUrl: env.ACTIVITIES_URL ?? 'http://127.0.0.1:4001/graphql',
    followIntervalMs: feedPollIntervalMs(env),
  };
}
