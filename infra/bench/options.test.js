const { describe, it, expect } = require('@jest/globals');
const { parseBenchOptions } = require('./options');

describe('the command line of npm run bench', () => {
  it('defaults to three rounds on the demo data of this year', () => {
    expect(parseBenchOptions([], 2026)).toEqual({
      quick: false,
      pglite: false,
      ci: false,
      simulated: false,
      year: 2026,
      prisonId: undefined,
    });
  });

  it('reads the flags and, with --simulated, the year and prison', () => {
    expect(parseBenchOptions(['--quick', '--ci', '--pglite'], 2026)).toMatchObject({ quick: true, ci: true, pglite: true });
    expect(parseBenchOptions(['--simulated', '--year', '2025', '--prison', 'GENT'], 2026)).toMatchObject({
      simulated: true,
      year: 2025,
      prisonId: 'GENT',
    });
    expect(parseBenchOptions(['--simulated', '--year=2024'], 2026)).toMatchObject({ year: 2024 });
  });

  it.each([
    [['--quik'], /Unknown option '--quik'/],
    [['--simulated', '--year'], /argument missing/],
    [['--simulated', '--prison'], /argument missing/],
    [['--quick', 'extra'], /Unexpected argument 'extra'/],
    [['--year', '2025'], /go with --simulated/],
    [['--prison', 'GENT'], /go with --simulated/],
    [['--simulated', '--year', '25'], /from 2000 to 2100/],
    [['--simulated', '--year', '2101'], /from 2000 to 2100/],
    [['--simulated', '--year', 'next'], /from 2000 to 2100/],
    [['--simulated', '--prison', "GENT' OR 1=1"], /prison id/],
  ])('refuses %j before anything starts', (argv, message) => {
    expect(() => parseBenchOptions(argv, 2026)).toThrow(message);
  });
});
