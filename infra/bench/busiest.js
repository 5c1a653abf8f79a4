// Which prison `npm run bench -- --simulated` measures when none is asked for: the rule alone, without the graph.

/**
 * The busiest prison of the busiest region: the region with the most sessions held (summed over its prisons),
 * then its prison with the most; the first listed on a tie. `held` maps a prison id to its sessions held
 * (a prison missing from it held none). Undefined when no prison held a session: there is nothing to measure.
 */
function busiestPrison(prisons, held) {
  const count = (id) => held.get(id) ?? 0;
  const byRegion = new Map();
  for (const { id, region } of prisons) byRegion.set(region, (byRegion.get(region) ?? 0) + count(id));
  if (![...byRegion.values()].some((sessions) => sessions > 0)) return undefined;
  const region = [...byRegion].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
  const busiest = prisons
    .filter((prison) => prison.region === region)
    .reduce((best, prison) => (count(prison.id) > count(best.id) ? prison : best));
  return { id: busiest.id, region };
}

module.exports = { busiestPrison };
