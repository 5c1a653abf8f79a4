// Reporting's lag during the roll calls (#15: under a second at the simulation's event rate). Every second
// a sample: how long ago the oldest event reporting has not read yet was written (0 when it has read every
// event). At the end, the median and the largest sample and the events written per second meanwhile.
const { setTimeout: sleep } = require('node:timers/promises');
const { median } = require('../bench/soak-trend');

/**
 * Calls `measure()` (a promise of a lag in ms) every `intervalMs` from now until `stop()`, one call at a
 * time (a slow database delays the next sample rather than stacking them); `stop()` resolves to the samples.
 */
function sampleEvery(measure, intervalMs = 1000) {
  const samples = [];
  let stopping = false;
  const loop = (async () => {
    while (!stopping) {
      samples.push(await measure());
      if (!stopping) await sleep(intervalMs);
    }
  })();
  return {
    async stop() {
      stopping = true;
      await loop;
      return samples;
    },
  };
}

/** The samples (ms) summed up, with the events written over `seconds`: { samples, p50Ms, maxMs, eventsPerSecond }. */
function lagSummary(samples, { events, seconds }) {
  return {
    samples: samples.length,
    p50Ms: samples.length ? median(samples) : 0,
    maxMs: samples.length ? Math.max(...samples) : 0,
    eventsPerSecond: seconds > 0 ? events / seconds : 0,
  };
}

/** The line `npm run simulate` prints. */
function lagLine({ samples, p50Ms, maxMs, eventsPerSecond }) {
  const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
  return (
    `reporting's lag during the roll calls, sampled every second (${samples} samples) at ${Math.round(eventsPerSecond)} events written a second: ` +
    `p50 ${s(p50Ms)}, max ${s(maxMs)} (goal: under 1 s)`
  );
}

module.exports = { sampleEvery, lagSummary, lagLine };
