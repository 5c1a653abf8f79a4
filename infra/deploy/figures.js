// The kill run's figures: every request's outcome (after the idempotent client's retries) sorted into the
// windows before, during and after each kill, and the table printed from them. Pure: the run collects
// the records and the kills, this only counts.

/** The value at quantile q (0..1) of sorted numbers, nearest rank; 0 for none. */
function quantile(sorted, q) {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/**
 * One row per kill and window. A record is { at (ms, when it was sent), ms (latency), code (undefined when
 * it succeeded, else the error code the client was left with), retries }. A kill is { label, at (the
 * SIGKILL), back (when the replacement answered /ready) }. "before" is the `windowMs` before the kill,
 * "during" from the kill until its replacement is back, "after" the `windowMs` after that; a window that
 * would overlap the previous kill's "after" or the next kill is cut short, so no request counts twice.
 */
function killWindows(records, kills, windowMs) {
  const rows = [];
  kills.forEach((kill, index) => {
    const previousEnd = index ? Math.min(kills[index - 1].back + windowMs, kill.at) : -Infinity;
    const nextKill = index + 1 < kills.length ? kills[index + 1].at : Infinity;
    const windows = [
      ['before', Math.max(kill.at - windowMs, previousEnd), kill.at],
      ['during', kill.at, kill.back],
      ['after', kill.back, Math.min(kill.back + windowMs, nextKill)],
    ];
    for (const [phase, from, to] of windows)
      rows.push({ kill: kill.label, phase, ...summary(records.filter(({ at }) => at >= from && at < to)) });
  });
  return rows;
}

/**
 * Requests, retries, errors by code, p50 and p99 (ms) of some records. A request the client never sent
 * (too many already waiting: no `ms`) counts as an error but has no latency.
 */
function summary(records) {
  const latencies = records
    .filter(({ ms }) => ms !== undefined)
    .map(({ ms }) => ms)
    .sort((a, b) => a - b);
  const errors = {};
  for (const { code } of records) if (code) errors[code] = (errors[code] ?? 0) + 1;
  return {
    requests: records.length,
    retries: records.reduce((sum, { retries }) => sum + (retries ?? 0), 0),
    errors,
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
  };
}

const errorText = (errors) =>
  Object.entries(errors)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, count]) => `${code} ${count}`)
    .join(', ') || '0';

/** The rows as a markdown table, with the whole run as the last row. */
function renderTable(rows, total) {
  const line = (kill, phase, s) =>
    `| ${kill} | ${phase} | ${s.requests} | ${s.retries} | ${errorText(s.errors)} | ${Math.round(s.p50)} | ${Math.round(s.p99)} |`;
  return [
    '| kill | window | requests | retries | errors by code | p50 (ms) | p99 (ms) |',
    '|---|---|---|---|---|---|---|',
    ...rows.map((row) => line(row.kill, row.phase, row)),
    line('whole run', '', total),
  ].join('\n');
}

module.exports = { quantile, killWindows, summary, renderTable };
