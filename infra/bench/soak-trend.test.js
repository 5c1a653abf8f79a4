const { describe, it, expect } = require('@jest/globals');
const { judge, slope } = require('./soak-trend');

const MiB = 1024 * 1024;
// A deterministic wobble, as garbage collection makes: up and down by about `amplitude`.
const wobble = (index, amplitude) => Math.sin(index * 1.7) * amplitude;
const series = (count, value) => Array.from({ length: count }, (_, index) => ({ t: index * 15, v: value(index) }));

describe('the soak run: a series grows when its trend and its thirds agree', () => {
  it('a flat memory series with garbage-collection noise does not grow', () => {
    const verdict = judge(
      series(40, (i) => 300 * MiB + wobble(i, 20 * MiB)),
      'bytes',
      60,
    );
    expect(verdict).toMatchObject({ judged: true, grows: false });
  });

  it('memory climbing 2 MiB a sample (a leak) grows', () => {
    const verdict = judge(
      series(40, (i) => 300 * MiB + i * 2 * MiB + wobble(i, 10 * MiB)),
      'bytes',
      60,
    );
    expect(verdict.grows).toBe(true);
    expect(verdict.growth).toBeGreaterThan(verdict.allowance);
  });

  it('one late spike moves the last third but not the slope enough: not a leak', () => {
    const points = series(40, () => 200 * MiB);
    for (const point of points.slice(-4)) point.v += 120 * MiB; // a burst of work at the very end
    const verdict = judge(points, 'bytes', 60);
    expect(verdict.grows).toBe(false);
  });

  it('the warm-up is left out: memory filling caches in the first minute is no leak', () => {
    const verdict = judge(
      series(40, (i) => (i < 4 ? 100 * MiB + i * 60 * MiB : 340 * MiB) + wobble(i, 5 * MiB)),
      'bytes',
      60,
    );
    expect(verdict.grows).toBe(false);
  });

  it('sockets: a handful more is noise; one more per sample grows', () => {
    expect(
      judge(
        series(30, (i) => 20 + (i % 4)),
        'count',
        30,
      ).grows,
    ).toBe(false);
    expect(
      judge(
        series(30, (i) => 20 + i),
        'count',
        30,
      ).grows,
    ).toBe(true);
  });

  it('feed lag: steady at the poll interval is fine; a backlog building up grows', () => {
    expect(
      judge(
        series(30, (i) => 1 + (i % 2) * 0.5),
        'seconds',
        30,
      ).grows,
    ).toBe(false);
    expect(
      judge(
        series(30, (i) => 1 + i * 1.5),
        'seconds',
        30,
      ).grows,
    ).toBe(true);
  });

  it('too few samples after the warm-up decide nothing', () => {
    expect(
      judge(
        series(8, (i) => i * 100 * MiB),
        'bytes',
        60,
      ),
    ).toEqual({ judged: false, grows: false });
  });

  it('slope is the least-squares slope per second', () => {
    expect(slope(series(10, (i) => 3 * i * 15))).toBeCloseTo(3);
    expect(slope([{ t: 5, v: 1 }])).toBe(0);
  });

  it('refuses an unknown kind', () => {
    expect(() => judge([], 'furlongs', 0)).toThrow(/unknown series kind/);
  });
});
