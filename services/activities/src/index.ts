// The activities service's package entry: what a harness needs to run it (the e2e tests, the bench). It starts
// nothing; src/main.ts starts the service from the environment (`npm start`).
export { loadConfig, type ActivitiesConfig } from './config';
export { createServer } from './server';
export { buildSchema } from './schema';
// The background sweep that marks ended sessions HELD, for tests that run it as two replicas would.
export { sweepHeldSessions } from './modules/session/session-held.service';
