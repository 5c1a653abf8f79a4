import path from 'node:path';
import { feedPollIntervalMs } from '@cort/events';
import { serviceConfig, type ServiceConfig } from '@cort/subgraph';

export interface OrganisationsConfig extends ServiceConfig {
  /** The activities subgraph; its event feed (at its origin) brings the sessions held and who facilitated them. */
  activitiesUrl: string;
  /** How often the activities feed is polled in the background, in milliseconds. */
  followIntervalMs: number;
}

export const loadConfig = (env: NodeJS.ProcessEnv = process.env): OrganisationsConfig => ({
  ...serviceConfig('organisations', 4002, path.join(__dirname, '..'), env),
  activitiesUrl: env.ACTIVITIES_URL ?? 'http://127.0.0.1:4001/graphql',
  followIntervalMs: feedPollIntervalMs(env),
});
