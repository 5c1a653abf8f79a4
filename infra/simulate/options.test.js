const { describe, it, expect } = require('@jest/globals');
const { parseOptions, DEFAULTS } = require('./options');
const { seededDraw } = require('./random');

describe('npm run simulate: options', () => {
  it('reads the issue’s command line and keeps the defaults for the rest', () => {
    expect(parseOptions(['--prisons', '36', '--detainees', '400', '--year', '2026'])).toEqual({
      ...DEFAULTS,
      prisons: 36,
      detainees: 400,
      year: 2026,
    });
    expect(parseOptions(['--seed', '9', '--pglite'])).toMatchObject({ seed: 9, pglite: true });
  });

  it('refuses an unknown option and a value that is not a whole number in range', () => {
    expect(() => parseOptions(['--prison', '3'])).toThrow('unknown option --prison');
    expect(() => parseOptions(['--detainees', 'many'])).toThrow('--detainees takes a whole number from 1 to 5000');
    expect(() => parseOptions(['--year', '1999'])).toThrow('--year takes a whole number');
    expect(() => parseOptions(['--prisons'])).toThrow('--prisons takes a whole number');
  });
});

describe('npm run simulate: the seeded draw', () => {
  it('gives the same draws for the same seed, others for another, all in [0, 1)', () => {
    const draws = (seed) => Array.from({ length: 1000 }, seededDraw(seed));
    expect(draws(1)).toEqual(draws(1));
    expect(draws(2)).not.toEqual(draws(1));
    expect(draws(3).every((x) => x >= 0 && x < 1)).toBe(true);
  });
});
