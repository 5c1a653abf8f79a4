// `npm run simulate -- --prisons 36 --detainees 400 --year 2026 [--seed 1] [--pglite]`: fills the
// services' own databases (those `npm start` uses) with a year of offer, enrolments and roll calls,
// through each service's own code and events, and waits until reporting has read every feed.
const cliProgress = require('cli-progress');
const { parseOptions } = require('./options');
const { startServices } = require('./services');
const { simulateYear } = require('./simulate');
const { lagLine } = require('./lag');

function progressBars() {
  return {
    phase(name, total) {
      const bar = new cliProgress.SingleBar(
        {
          format: `${name.padEnd(26)} [{bar}] {percentage}% {value}/{total} {duration_formatted}`,
          hideCursor: true,
          // Not a terminal (a CI log, a file): a line every ten seconds instead of a redrawn bar.
          noTTYOutput: true,
          notTTYSchedule: 10_000,
        },
        cliProgress.Presets.shades_classic,
      );
      bar.start(total, 0);
      return bar;
    },
  };
}

/**
 * The query planner's statistics of every service's database. A year written in half an hour leaves them
 * stale until autovacuum's next analyze, and a server with autovacuum off (a test server) never refreshes
 * them: on the full simulation the region's annual report took 3 s on the stale ones, 1 s after ANALYZE.
 */
async function refreshStatistics(services) {
  for (const service of Object.values(services)) if (service.prisma) await service.prisma.$executeRawUnsafe('ANALYZE');
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const started = Date.now();
  const { services, stop } = await startServices(options);
  try {
    const totals = await simulateYear(services, options, progressBars());
    await refreshStatistics(services);
    if (totals.prisons < options.prisons)
      console.log(`${options.prisons} prisons asked; the reference list has ${totals.prisons} (Flanders and Brussels): simulated those.`);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `${totals.prisons} prisons, ${totals.activities} activities, ${totals.sessions} sessions, ${totals.partners} partner organisations, ${totals.detainees} detainees, ` +
        `${totals.requests} enrolment requests, ${totals.marks} attendance marks in ${seconds} s; reporting has read every feed.`,
    );
    console.log(lagLine(totals.lag));
  } finally {
    await stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
