// The retention registry read by `npm run retention` (packages/db/src/cli/retention.ts). Every service
// with a database has an entry: the built module (relative to the repository) exporting its step,
// `retention(adapter, { cutoff, dryRun })` → counts; or null when the service holds no participant data.
// A service with a database and no entry stops the command, so that a new service (a partner's subgraph
// too) is never skipped without its owners having decided.
module.exports = {
  activities: null, // the offer: prisons, rooms, activities, sessions; facilitators are staff, not participants
  organisations: null, // partner organisations, their staff and volunteers
  participants: 'services/participants/dist/retention/index.js',
  reporting: 'services/reporting/dist/retention/index.js',
};
