// The organisations service's package entry: what a harness needs to run it (the e2e tests, the bench). It starts
// nothing; src/main.ts starts the service from the environment (`npm start`).
export { loadConfig, type OrganisationsConfig } from './config';
export { createServer } from './server';
export { buildSchema } from './schema';
