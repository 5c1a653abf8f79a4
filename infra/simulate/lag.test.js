const { describe, it, expect } = require('@jest/globals');
const { setImmediate } = require('node:timers');
const { lagLine, lagSummary, sampleEvery } = require('./lag');

describe('npm run simulate: reporting’s lag', () => {
  it('sums the samples up as their median and largest, and the events written per second', () => {
    expect(lagSummary([400, 100, 2300, 250], { events: 6000, seconds: 4 })).toEqual({
      samples: 4,
      p50Ms: 325,
      maxMs: 2300,
      eventsPerSecond: 1500,
    });
    expect(lagSummary([0, 700, 0], { events: 30, seconds: 3 })).toMatchObject({ p50Ms: 0, maxMs: 700, eventsPerSecond: 10 });
  });

  it('says 0 rather than NaN when a phase was too short for a sample or a second', () => {
    expect(lagSummary([], { events: 0, seconds: 0 })).toEqual({ samples: 0, p50Ms: 0, maxMs: 0, eventsPerSecond: 0 });
  });

  it('samples one at a time until stopped, and hands back every sample in order', async () => {
    let calls = 0;
    let running = 0;
    let overlapped = false;
    const sampler = sampleEvery(async () => {
      overlapped ||= running > 0;
      running++;
      await new Promise((resolve) => setImmediate(resolve));
      running--;
      return ++calls * 10;
    }, 1);
    while (calls < 5) await new Promise((resolve) => setImmediate(resolve));
    const samples = await sampler.stop();
    expect(overlapped).toBe(false);
    expect(samples.length).toBe(calls);
    expect(samples.slice(0, 5)).toEqual([10, 20, 30, 40, 50]);
  });

  it('prints the lag in seconds against the goal', () => {
    expect(lagLine({ samples: 12, p50Ms: 450, maxMs: 1830, eventsPerSecond: 612.4 })).toBe(
      "reporting's lag during the roll calls, sampled every second (12 samples) at 612 events written a second: p50 0.5 s, max 1.8 s (goal: under 1 s)",
    );
  });
});
