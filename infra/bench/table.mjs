// The bench's one table, in Markdown (the README's Performance section holds the last one).
const rate = (value) => `${Math.round(value).toLocaleString('en-GB')} req/s`;
const ms = (value) => `${Number(value).toFixed(value < 10 ? 1 : 0)} ms`;
const mib = (bytes) => `${Math.round(bytes / 1024 / 1024)} MiB`;
const total = (rows, key) => rows.reduce((sum, row) => sum + row[key], 0);
const ratio = (ours, comparator) => (comparator ? (ours / comparator).toFixed(2) : '—');

/** What the burst's row says of the invariant: exact when every call answered, else what must hold anyway. */
const burstOutcome = (burst, broken) =>
  broken.length
    ? `: INVARIANT BROKEN (${broken.join('; ')})`
    : burst.errors
      ? `: ${burst.errors} calls failed; of what committed, 12 enrolled and no waitlist position twice`
      : ': 12 enrolled, 188 waitlisted at 1..188';

export function table({ database, rows, burst, broken, peakRss, idle, quick }) {
  const lines = [
    `| what | ours | comparator | ratio | p50 (ours / comparator) | p99 (ours / comparator) | errors (ours / comparator) | database |`,
    `|---|---|---|---|---|---|---|---|`,
    ...rows.map(
      ({ what, ours, comparator }) =>
        `| ${what} | ${rate(ours.perSecond)} | ${rate(comparator.perSecond)} | ${ratio(ours.perSecond, comparator.perSecond)} | ` +
        `${ms(ours.p50)} / ${ms(comparator.p50)} | ${ms(ours.p99)} / ${ms(comparator.p99)} | ${ours.errors} / ${comparator.errors} | ${database} |`,
    ),
    `| 200 concurrent requestEnrolment into one activity of capacity 12 (goal: p99 under 1 s)${burstOutcome(burst, broken)} | — | — | — | ${ms(burst.p50)} | ${ms(burst.p99)} | ${burst.errors} | ${database} |`,
    `| gateway peak RSS under the CoordinatorOffer load: ours vs Hive Gateway | ${mib(peakRss.ours)} | ${mib(peakRss.comparator)} | ${ratio(peakRss.ours, peakRss.comparator)} | — | — | — | ${database} |`,
    `| idle memory of the five processes after start, PSS (goal 5) / RSS (${idle.map(({ name, pss, rss }) => `${name} ${mib(pss)} / ${mib(rss)}`).join(', ')}) | ${mib(total(idle, 'pss'))} | RSS ${mib(total(idle, 'rss'))} | — | — | — | — | ${database} |`,
  ];
  const note =
    `${quick ? 'One round of 3 s runs (--quick)' : 'Medians of three rounds of 10 s runs'}, after a warm-up of each side; ratio = ours ÷ comparator (for RSS, lower is better). ` +
    'Idle memory: the sum of PSS is what the graph holds (goal 5); the sum of RSS counts the pages the processes share, the node binary first, once per process.';
  return `${lines.join('\n')}\n\n${note}\n`;
}
