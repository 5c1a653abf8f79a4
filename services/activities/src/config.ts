import path from 'node:path';
import { serviceConfig, type ServiceConfig } from '@cort/subgraph';

export interface ActivitiesConfig extends ServiceConfig {
  /** Where the organisations subgraph answers, for the facilitation check. */
  organisationsUrl: string;
}

export const loadConfig = (env: NodeJS.ProcessEnv = process.env): ActivitiesConfig => ({
  ...serviceConfig('activities', 4001, path.join(__dirname, '..'), env),
  organisationsUrl: env.ORGANISATIONS_URL ?? 'http://127.0.0.1:4002/graphql',
});
