// The reporting service's package entry: what a harness needs to run it (the e2e tests, the bench). It starts
// nothing; src/main.ts starts the service from the environment (`npm start`).
export { loadConfig, type ReportingConfig } from './config';
export { createServer } from './server';
export { buildSchema } from './schema';
// The annual report's partner figures, read straight from the projections by the graph's tests.
export {
  actionPlanFigures,
  partnerFigures,
  type ActionPlanFigures,
  type PartnerFigures,
} from './modules/partner-figures/partner-figures.repository';
