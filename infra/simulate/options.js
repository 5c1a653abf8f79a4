// The command line of `npm run simulate`: --prisons, --detainees (per prison), --year, --seed, --pglite.
const DEFAULTS = { prisons: 36, detainees: 400, year: new Date().getUTCFullYear(), seed: 1, pglite: false };
const WHOLE = { prisons: [1, 1000], detainees: [1, 5000], year: [2000, 2100], seed: [0, 2 ** 31 - 1] };

/** The options from argv (without node and the script); throws a readable Error on a bad one. */
function parseOptions(argv) {
  const options = { ...DEFAULTS };
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i].replace(/^--/, '');
    if (name === 'pglite') {
      options.pglite = true;
      continue;
    }
    if (!(name in WHOLE)) throw new Error(`unknown option ${argv[i]} (known: --prisons, --detainees, --year, --seed, --pglite)`);
    const value = Number(argv[++i]);
    const [min, max] = WHOLE[name];
    if (!Number.isInteger(value) || value < min || value > max) throw new Error(`--${name} takes a whole number from ${min} to ${max}`);
    options[name] = value;
  }
  return options;
}

module.exports = { parseOptions, DEFAULTS };
