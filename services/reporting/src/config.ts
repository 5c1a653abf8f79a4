import path from 'node:path';
import { feedPollIntervalMs } from '@cort/events';
import { serviceConfig, type ServiceConfig } from '@cort/subgraph';

export interface ReportingConfig extends ServiceConfig {
  /** The activities subgraph; its event feed (at its origin) brings the offer: activities and sessions. */
  activitiesUrl: string;
  /** The organisations subgraph; its event feed brings the partners, their people and hours, and the action plans. */
  organisationsUrl: string;
  /** The participants subgraph; its event feed brings the enrolments. */
  participantsUrl: string;
  /** How often each feed is polled in the background, in milliseconds: the reports lag by about this much. */
  followIntervalMs: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): ReportingConfig {
  return {
    ...serviceConfig('reporting', 4004, path.join(__dirname, '..'), env),
    activitiesUrl: env.ACTIVITIES_URL ?? 'http://127.0.0.1:4001/graphql',
    organisationsUrl: env.ORGANISATIONS_URL ?? 'http://127.0.0.1:4002/graphql',
    participantsUrl: env.PARTICIPANTS_URL ?? 'http://127.0.0.1:4003/graphql',
    followIntervalMs: feedPollIntervalMs(env),
  };
}
