import path from 'node:path';
import { DEV_AUDIENCE, DEV_ISSUER, VERIFIED_TOKEN_REUSE_SECONDS, VERIFIED_TOKENS_KEPT, defaultDataDir } from '@cort/auth';
import { metricsPort } from '@cort/common';
import { feedPollIntervalMs } from '@cort/events';
import { DEFAULT_LIMITS, type CallerLimits } from './limits';
import { DEFAULT_PUBLIC_MAX_AGE_SECONDS } from './http-cache';
import { DEFAULT_PUBLIC_OPERATIONS_DIR } from './public-operations';
import { DEFAULT_RATE_LIMITS, trustProxySetting, type RateLimits } from './rate-limit';
import { DEFAULT_SUBGRAPHS_CONFIG, DEFAULT_SUPERGRAPH_PATH, readSubgraphsConfig, urlVariable } from './composition';
import { DEFAULT_SUBGRAPH_TIMEOUTS, type SubgraphTimeouts } from './subgraph-requests';
import { SUBGRAPH_WATCH_INTERVAL_MS } from './readiness';

export interface GatewayConfig {
  port: number;
  host: string;
  production: boolean;
  auth: {
    issuer: string;
    audience: string;
    /** The OIDC provider's JWKS; without it (development only) the local key in `.data/` verifies tokens. */
    jwksUrl?: string;
    /** How long a verified token is reused without checking it again (GATEWAY_VERIFIED_TOKEN_REUSE_SECONDS; 0: never). */
    verifiedTokenReuseSeconds: number;
    /** How many verified tokens are kept at most, the least recently used dropped (GATEWAY_VERIFIED_TOKENS_KEPT). */
    verifiedTokensKept: number;
  };
  /** Where each subgraph answers; a subgraph missing here keeps the URL written in the supergraph. */
  subgraphs: { name: string; url: string }[];
  supergraphPath: string;
  /** Development keys (user and internal) live here. */
  dataDir: string;
  introspection: boolean;
  limits: CallerLimits;
  /** The public directory: the only operations anonymous callers run, and how long caches may keep their answers. */
  directory: {
    operationsDir: string;
    maxAgeSeconds: number;
    /** The answers' cache: in this process, or in this Redis (REDIS_URL) shared by every gateway. */
    cache: { redisUrl?: string; keyPrefix: string };
    /** How often the gateway reads the activities feed to drop the answers a change made stale (FEED_POLL_INTERVAL_MS). */
    followIntervalMs: number;
  };
  rateLimits: RateLimits;
  /** Express's `trust proxy`: which proxies' X-Forwarded-For names the client (false: none, the socket's peer is). */
  trustProxy: false | number | string;
  /** How long start-up waits for every subgraph to answer before serving anyway (0: do not wait). */
  startupWaitMs: number;
  /** How often the subgraphs are probed in the background for `/ready`'s body (GATEWAY_SUBGRAPH_WATCH_INTERVAL_MS). */
  subgraphWatchIntervalMs: number;
  /** How long one subgraph call may take before its fields are null and its error is DOWNSTREAM_SERVICE_ERROR. */
  subgraphTimeouts: SubgraphTimeouts;
  /** `GATEWAY_METRICS_PORT` (or METRICS_PORT): Prometheus metrics on their own port; none when unset. */
  metricsPort?: number;
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be an integer of at least ${min}.`);
  if (value > max) throw new Error(`${name} must be an integer of at most ${max}.`);
  return value;
}

/** One typed config from the environment; fails at start on anything production lacks. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const production = env.NODE_ENV === 'production';
  const missing = production
    ? ['AUTH_ISSUER', 'AUTH_AUDIENCE', 'AUTH_JWKS_URL', 'INTERNAL_JWT_PRIVATE_KEY'].filter((name) => !env[name])
    : [];
  if (missing.length) throw new Error(`${missing.join(', ')} must be set when NODE_ENV=production (development keys are refused).`);
  if (production && !env.AUTH_JWKS_URL!.startsWith('https://')) throw new Error('AUTH_JWKS_URL must be an https URL in production.');

  const subgraphsFile = env.SUBGRAPHS_CONFIG ? path.resolve(env.SUBGRAPHS_CONFIG) : DEFAULT_SUBGRAPHS_CONFIG;
  const subgraphs = readSubgraphsConfig(subgraphsFile).map(({ name, url }) => ({ name, url: env[urlVariable(name)] || url }));
  for (const { name, url } of subgraphs) {
    if (!/^https?:\/\//.test(url)) throw new Error(`${urlVariable(name)} must be an http(s) URL.`);
  }

  return {
    port: integer(env, 'GATEWAY_PORT', integer(env, 'PORT', 4000)),
    host: env.GATEWAY_HOST ?? env.HOST ?? '127.0.0.1',
    production,
    auth: {
      issuer: env.AUTH_ISSUER || DEV_ISSUER,
      audience: env.AUTH_AUDIENCE || DEV_AUDIENCE,
      jwksUrl: env.AUTH_JWKS_URL || undefined,
      // Never longer than the default: a token reused longer would outlive the key set's own cache, and a
      // key the provider withdraws would keep working past it.
      verifiedTokenReuseSeconds: integer(
        env,
        'GATEWAY_VERIFIED_TOKEN_REUSE_SECONDS',
        VERIFIED_TOKEN_REUSE_SECONDS,
        0,
        VERIFIED_TOKEN_REUSE_SECONDS,
      ),
      verifiedTokensKept: integer(env, 'GATEWAY_VERIFIED_TOKENS_KEPT', VERIFIED_TOKENS_KEPT, 0),
    },
    subgraphs,
    supergraphPath: env.SUPERGRAPH_PATH ? path.resolve(env.SUPERGRAPH_PATH) : DEFAULT_SUPERGRAPH_PATH,
    dataDir: defaultDataDir(env),
    introspection: env.GRAPHQL_INTROSPECTION ? env.GRAPHQL_INTROSPECTION === 'true' : !production,
    limits: DEFAULT_LIMITS,
    directory: {
      operationsDir: env.GATEWAY_DIRECTORY_OPERATIONS ? path.resolve(env.GATEWAY_DIRECTORY_OPERATIONS) : DEFAULT_PUBLIC_OPERATIONS_DIR,
      maxAgeSeconds: integer(env, 'GATEWAY_PUBLIC_MAX_AGE_SECONDS', DEFAULT_PUBLIC_MAX_AGE_SECONDS),
      cache: { redisUrl: env.REDIS_URL || undefined, keyPrefix: `${env.GATEWAY_CACHE_PREFIX || 'cort-gateway'}:directory` },
      followIntervalMs: feedPollIntervalMs(env),
    },
    rateLimits: {
      anonymousPerMinute: integer(env, 'GATEWAY_RATE_LIMIT_ANONYMOUS', DEFAULT_RATE_LIMITS.anonymousPerMinute, 1),
      userPerMinute: integer(env, 'GATEWAY_RATE_LIMIT_USER', DEFAULT_RATE_LIMITS.userPerMinute, 1),
      redisUrl: env.REDIS_URL || undefined,
      keyPrefix: env.GATEWAY_RATE_LIMIT_PREFIX || DEFAULT_RATE_LIMITS.keyPrefix,
    },
    trustProxy: trustProxySetting(env.GATEWAY_TRUST_PROXY),
    startupWaitMs: integer(env, 'GATEWAY_STARTUP_WAIT_SECONDS', production ? 0 : 60) * 1000,
    subgraphWatchIntervalMs: integer(env, 'GATEWAY_SUBGRAPH_WATCH_INTERVAL_MS', SUBGRAPH_WATCH_INTERVAL_MS, 100),
    subgraphTimeouts: {
      readMs: integer(env, 'GATEWAY_SUBGRAPH_READ_TIMEOUT_MS', DEFAULT_SUBGRAPH_TIMEOUTS.readMs, 1),
      mutationMs: integer(env, 'GATEWAY_SUBGRAPH_MUTATION_TIMEOUT_MS', DEFAULT_SUBGRAPH_TIMEOUTS.mutationMs, 1),
    },
    metricsPort: metricsPort('gateway', env),
  };
}
