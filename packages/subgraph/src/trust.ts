import fs from 'node:fs';
import path from 'node:path';
import { GATEWAY_ISSUER } from '@cort/auth';

/** What infra/subgraphs.json says about one subgraph's callers: its name and the services it calls. */
export interface SubgraphCalls {
  name: string;
  calls?: readonly string[];
}

/** Which issuers each route of a subgraph accepts. */
export interface RouteIssuers {
  /** GraphQL, `_entities` and `_service`: the gateway and the services that name this one in `calls`. */
  graphql: string[];
  /** The event feed: its consumers (default: the services that call it), and the gateway when it follows it. */
  feed: string[];
}

/**
 * Derived from infra/subgraphs.json, so a partner subgraph added by one entry calls nothing it does not
 * name, and nobody accepts its key unless its entry names them (and they name it nowhere by default).
 */
export function routeIssuers(
  name: string,
  entries: readonly SubgraphCalls[],
  feed: { consumers?: readonly string[]; gatewayFollows?: boolean } = {},
): RouteIssuers {
  const callers = entries.filter((entry) => entry.name !== name && entry.calls?.includes(name)).map((entry) => entry.name);
  return {
    graphql: [GATEWAY_ISSUER, ...callers],
    feed: [...(feed.consumers ?? callers), ...(feed.gatewayFollows ? [GATEWAY_ISSUER] : [])],
  };
}

/** infra/subgraphs.json (or `SUBGRAPHS_CONFIG`), read at start. */
export function readSubgraphCalls(env: NodeJS.ProcessEnv = process.env): SubgraphCalls[] {
  const file = env.SUBGRAPHS_CONFIG ?? path.resolve(__dirname, '..', '..', '..', 'infra', 'subgraphs.json');
  const entries = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
  if (!Array.isArray(entries)) throw new Error(`${file} is not a list of subgraphs.`);
  return entries.map((entry: { name?: unknown; calls?: unknown }) => {
    if (typeof entry?.name !== 'string') throw new Error(`${file}: an entry has no name.`);
    if (entry.calls !== undefined && !(Array.isArray(entry.calls) && entry.calls.every((call) => typeof call === 'string')))
      throw new Error(`${file}: "calls" of ${entry.name} is not a list of names.`);
    return { name: entry.name, calls: entry.calls as string[] | undefined };
  });
}
