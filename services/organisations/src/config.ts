import path from 'node:path';
import { serviceConfig, type ServiceConfig } from '@cort/subgraph';

export type OrganisationsConfig = ServiceConfig;

export const loadConfig = (env: NodeJS.ProcessEnv = process.env): OrganisationsConfig =>
  serviceConfig('organisations', 4002, path.join(__dirname, '..'), env);
