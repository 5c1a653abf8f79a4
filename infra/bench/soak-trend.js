// The soak run's verdict on each sampled series (a process's memory, handles, sockets, feed lag): does it
// keep growing? A leak is a trend, not a peak: garbage collection and bursts of work make every series
// noisy, so one sample never decides. After a warm-up, the series is cut in thirds; it "grows" when the
// median of the last third exceeds the median of the first by more than the series' allowance AND the
// least-squares slope over every sample after the warm-up points up by about as much. Both must agree: a
// late spike moves the medians but hardly the slope, and a long slow drift inside the noise moves neither.
'use strict';

/** What each kind of series may drift over a run before it counts as growth (absolute and relative, the larger). */
const ALLOWANCES = {
  // A heap settles over minutes; 32 MiB or a tenth of where it stood is noise, not a leak.
  bytes: { absolute: 32 * 1024 * 1024, relative: 0.1 },
  // Keep-alive sockets and timers come and go with the load; a handful more is not a leak.
  count: { absolute: 8, relative: 0.2 },
  // A consumer polls every second or so; falling behind by a few seconds more is the start of a backlog.
  seconds: { absolute: 5, relative: 0.5 },
};

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Least-squares slope of values against their times (per second). */
function slope(points) {
  const n = points.length;
  const meanT = points.reduce((sum, { t }) => sum + t, 0) / n;
  const meanV = points.reduce((sum, { v }) => sum + v, 0) / n;
  let num = 0;
  let den = 0;
  for (const { t, v } of points) {
    num += (t - meanT) * (v - meanV);
    den += (t - meanT) ** 2;
  }
  return den === 0 ? 0 : num / den;
}

/**
 * `points`: [{ t: seconds since the start, v: value }] in time order; `kind`: 'bytes' | 'count' | 'seconds';
 * `warmupSeconds`: samples before it are left out (start-up, caches and JIT filling).
 * Returns { grows, first, last, growth, allowance, trend } — trend is the slope times the judged span.
 * Fewer than six samples after the warm-up decide nothing (grows: false, judged: false).
 */
function judge(points, kind, warmupSeconds) {
  const allowanceOf = ALLOWANCES[kind];
  if (!allowanceOf) throw new Error(`unknown series kind ${kind}`);
  const judged = points.filter(({ t }) => t >= warmupSeconds);
  if (judged.length < 6) return { judged: false, grows: false };
  const third = Math.floor(judged.length / 3);
  const first = median(judged.slice(0, third).map(({ v }) => v));
  const last = median(judged.slice(-third).map(({ v }) => v));
  const allowance = Math.max(allowanceOf.absolute, allowanceOf.relative * Math.abs(first));
  const span = judged[judged.length - 1].t - judged[0].t;
  const trend = slope(judged) * span;
  const growth = last - first;
  // The slope over the whole span should show at least half the allowance: the thirds' medians are
  // two thirds of the span apart, so a steady leak that passes the allowance there passes it here too.
  return { judged: true, grows: growth > allowance && trend > allowance / 2, first, last, growth, allowance, trend };
}

module.exports = { ALLOWANCES, judge, median, slope };
