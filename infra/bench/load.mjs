// One load run with autocannon, and what the bench keeps of it: requests per second, p50 and p99 latency,
// and the errors — a refused connection, a timeout, a status outside 2xx/3xx, or a 2xx whose body carries
// GraphQL errors (every body is looked at, on both sides of a pair alike).
import { createRequire } from 'node:module';
import { clearInterval, setInterval } from 'node:timers';
import { rss } from './graph.mjs';

const autocannon = createRequire(import.meta.url)('autocannon');

/** The headers of a GraphQL request by POST, signed in as `token` (none: anonymous). */
export const graphqlHeaders = (token) => ({ 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) });

/** One GraphQL operation by POST to `url` as `token` (none: anonymous): a target for `measure`, or fetch's url and init. */
export const graphqlPost = (url, query, variables, token) => ({
  url,
  method: 'POST',
  headers: graphqlHeaders(token),
  body: JSON.stringify({ query, variables }),
});

/**
 * `target`: { url, method, headers, body } or, for requests that differ, { url, requests } (autocannon's);
 * `onBody(status, body)` sees every answer. `watch`: a pid whose peak RSS is sampled during the run.
 */
export async function measure(target, { connections, seconds, amount, watch, onBody }) {
  let failed = 0;
  let firstError;
  const check = (status, body) => {
    if (status < 200 || status >= 400 || body.includes('"errors"')) {
      failed++;
      firstError ??= `${status} ${body.slice(0, 300)}`;
    }
    onBody?.(status, body);
  };
  const requests = (target.requests ?? [{}]).map((request) => ({ ...request, onResponse: check }));
  let peak = 0;
  const sampler = watch ? setInterval(() => (peak = Math.max(peak, rss(watch))), 100) : undefined;
  try {
    const result = await autocannon({
      url: target.url,
      method: target.method ?? 'GET',
      headers: target.headers,
      body: target.body,
      requests,
      connections,
      ...(amount ? { amount } : { duration: seconds }),
      timeout: 30,
    });
    return {
      perSecond: amount ? result.requests.total / result.duration : result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      errors: failed + result.errors + result.timeouts,
      total: result.requests.total,
      peakRss: peak,
      firstError:
        firstError ?? (result.errors || result.timeouts ? `${result.errors} socket errors, ${result.timeouts} timeouts` : undefined),
    };
  } finally {
    if (sampler) clearInterval(sampler);
  }
}

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** The rounds of one side of a pair, summed up: median rate and latencies, every error counted. */
export function summary(runs) {
  return {
    perSecond: median(runs.map((run) => run.perSecond)),
    p50: median(runs.map((run) => run.p50)),
    p99: median(runs.map((run) => run.p99)),
    errors: runs.reduce((sum, run) => sum + run.errors, 0),
    peakRss: Math.max(...runs.map((run) => run.peakRss)),
  };
}
