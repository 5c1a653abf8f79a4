// The annual report's cost (#15): one prison's report, a region's, and the PDF download, each through our
// gateway one request at a time (a coordinator waits for one answer: latency, not throughput, is what
// counts), as absolute p50/p99 and as a ratio to the baseline. The baseline is offerOverview of the same
// prison and year on the same data: the one table reporting served before the annual report, from the same
// projections, through the same gateway and policy, so the ratio says what the whole report costs over the
// cheapest report query, whatever the machine and its load. Goals (#15): one prison under 1 s, a region
// under 5 s (p99).
import { createRequire } from 'node:module';
import { sender } from './fixtures.mjs';
import { operation } from './graph.mjs';
import { graphqlPost, measure, summary } from './load.mjs';

/** The contract's annual report asked for a region: the same sections, without the prison (a region has none). */
export function regionQuery(annualReport = operation('web/AnnualReport.graphql')) {
  const query = annualReport
    .replace(/query AnnualReport\(\$prisonId: ID!, \$year: Int!\)/, 'query RegionReport($region: Region!, $year: Int!)')
    .replace(/annualReport\(prisonId: \$prisonId, year: \$year\)/, 'regionReport(region: $region, year: $year)')
    .replace(/\n\s*prison \{\s*id\s*\}/, '');
  if (!query.includes('regionReport(')) throw new Error('contract/web/AnnualReport.graphql no longer has the shape the bench rewrites');
  return query;
}

const { busiestPrison } = createRequire(import.meta.url)('./busiest.js');

export const GOALS_MS = { prison: 1000, region: 5000 };

/**
 * On a simulated year (`--simulated`): the prison to measure, `prisonId` if given, else the busiest prison of
 * the busiest region (the region's report is then the largest one there is), by the sessions held in `year`
 * in reporting's own figures (offerOverview of each prison, signed in with `analystOf(prisonIds)`, the token
 * of an ANALYST of them all); with its region. Throws when no prison had a session held that year.
 */
export async function simulatedPrison({ graphqlUrl, analystOf, year, prisonId }) {
  const { prisons } = await sender(graphqlUrl)(operation('directory/Prisons.graphql'), { language: 'NL' });
  if (prisonId) {
    const asked = prisons.find((prison) => prison.id === prisonId);
    if (!asked) throw new Error(`--prison ${prisonId}: not a prison of the reference list (${prisons.map((p) => p.id).join(', ')})`);
    return { id: asked.id, region: asked.region };
  }
  const data = sender(graphqlUrl, await analystOf(prisons.map((prison) => prison.id)));
  const held = new Map();
  const offerOverview = operation('web/OfferOverview.graphql');
  for (const { id } of prisons) {
    const { rows } = (await data(offerOverview, { prisonId: id, year })).offerOverview;
    // A count of 1 to 4 comes back withheld (null): it cannot decide between simulated prisons of thousands.
    held.set(
      id,
      rows.reduce((sum, row) => sum + (row.sessionsHeld ?? 0), 0),
    );
  }
  const busiest = busiestPrison(prisons, held);
  if (!busiest) throw new Error(`no prison has a session held in ${year}: run npm run simulate first, or give the simulated --year`);
  return busiest;
}

/**
 * `tokens.prison`: a reader of `prisonId`; `tokens.region`: a POLICY_COORDINATOR of a prison of `region`.
 * Returns the rows (baseline first) with their summaries over the rounds, and whether the goals are met.
 */
export async function annualReportRuns({ gatewayUrl, tokens, prisonId, region, year, rounds, seconds, say }) {
  const graphql = `${gatewayUrl}/graphql`;
  const targets = [
    {
      key: 'baseline',
      what: `offerOverview ${prisonId} ${year} (baseline)`,
      target: graphqlPost(graphql, operation('web/OfferOverview.graphql'), { prisonId, year }, tokens.prison),
    },
    {
      key: 'prison',
      what: `annualReport ${prisonId} ${year}`,
      target: graphqlPost(graphql, operation('web/AnnualReport.graphql'), { prisonId, year }, tokens.prison),
    },
    { key: 'region', what: `regionReport ${region} ${year}`, target: graphqlPost(graphql, regionQuery(), { region, year }, tokens.region) },
    {
      key: 'pdf',
      what: `PDF download ${prisonId} ${year}`,
      target: { url: `${gatewayUrl}/exports/annual-report/${prisonId}/${year}.pdf`, headers: { authorization: `Bearer ${tokens.prison}` } },
    },
  ];
  const runs = targets.map(() => []);
  for (let round = 0; round < rounds; round++) {
    for (const [index, { what, target }] of targets.entries()) {
      await measure(target, { connections: 1, amount: 2 }); // warm: plans cached, connections open
      const run = await measure(target, { connections: 1, seconds });
      runs[index].push(run);
      say(`round ${round + 1}, ${what}: p50 ${Math.round(run.p50)} ms, p99 ${Math.round(run.p99)} ms, ${run.errors} errors`);
      if (run.firstError) say(`  the first: ${run.firstError}`);
    }
  }
  const rows = targets.map(({ key, what }, index) => ({ key, what, ...summary(runs[index]) }));
  const baseline = rows[0];
  const byKey = Object.fromEntries(rows.map((row) => [row.key, row]));
  // A failed answer is no answer in time, however fast it came (the gateway's read timeout ends a slow one).
  const within = (row, goal) => row.errors === 0 && row.p99 < goal;
  const goals = [
    { what: `one prison's report p99 under ${GOALS_MS.prison} ms, every answer without error`, met: within(byKey.prison, GOALS_MS.prison) },
    { what: `a region's report p99 under ${GOALS_MS.region} ms, every answer without error`, met: within(byKey.region, GOALS_MS.region) },
  ];
  return {
    rows: rows.map((row) => ({ ...row, ratio: baseline.p50 > 0 ? row.p50 / baseline.p50 : Number.NaN })),
    goals,
    errors: rows.reduce((total, row) => total + row.errors, 0),
  };
}

/** The section of the bench's table. */
export function annualReportTable({ rows, goals }) {
  const ms = (value) => `${Math.round(value)} ms`;
  const lines = [
    '| annual report (one request at a time) | p50 | p99 | p50 / baseline | errors |',
    '|---|---:|---:|---:|---:|',
    ...rows.map((row) => `| ${row.what} | ${ms(row.p50)} | ${ms(row.p99)} | ${row.ratio.toFixed(1)}× | ${row.errors} |`),
    '',
    ...goals.map((goal) => `- ${goal.met ? 'met' : 'NOT met'}: ${goal.what}`),
  ];
  return `${lines.join('\n')}\n`;
}
