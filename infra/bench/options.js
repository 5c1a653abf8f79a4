// The command line of `npm run bench`. Strict: an unknown option, or --year or --prison without a value, is
// refused before anything starts (a typo must not quietly measure something else).
const { parseArgs } = require('node:util');

const USAGE = 'npm run bench -- [--quick] [--pglite] [--ci] [--simulated [--year N] [--prison ID]]';

/** The bench's options from argv (without node and the script); throws a readable Error on a bad one. */
function parseBenchOptions(argv, thisYear = new Date().getUTCFullYear()) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        quick: { type: 'boolean', default: false },
        pglite: { type: 'boolean', default: false },
        ci: { type: 'boolean', default: false },
        simulated: { type: 'boolean', default: false },
        year: { type: 'string' },
        prison: { type: 'string' },
      },
    }));
  } catch (error) {
    throw new Error(`${error.message} (usage: ${USAGE})`);
  }
  if (!values.simulated && (values.year !== undefined || values.prison !== undefined))
    throw new Error('--year and --prison go with --simulated (the demo data is of this year, in HAREN)');
  const year = values.year === undefined ? thisYear : Number(values.year);
  if (!/^\d{4}$/.test(values.year ?? String(thisYear)) || year < 2000 || year > 2100)
    throw new Error('--year takes a year from 2000 to 2100');
  if (values.prison !== undefined && !/^[A-Z0-9_-]+$/i.test(values.prison)) throw new Error('--prison takes a prison id, e.g. GENT');
  return { quick: values.quick, pglite: values.pglite, ci: values.ci, simulated: values.simulated, year, prisonId: values.prison };
}

module.exports = { parseBenchOptions };
