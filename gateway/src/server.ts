import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import {
  createInternalSigner,
  createUserTokenVerifier,
  loadInternalKeys,
  loadOrCreateDevKeys,
  type InternalKeys,
  type UserTokenVerifier,
} from '@cort/auth';
import express from 'express';
import {
  authenticate,
  directoryOnlyForAnonymousPlugin,
  recognisePublicOperations,
  refuseAnonymousBeyondDirectory,
  type GatewayContext,
} from './auth';
import type { GatewayConfig } from './config';
import { errorReportingPlugin, formatError } from './errors';
import { answerErrors, answerUnhandled } from './error-responses';
import { MAX_BODY_BYTES, refuseOversizedBodies } from './body-limit';
import { httpCaching } from './http-cache';
import { PublicOperations } from './public-operations';
import { clientAddressOf, createRateLimiter } from './rate-limit';
import { operationLimitsPlugin } from './limits';
import { createLogger, createMetrics, serveMetrics, type Logger, type Metrics } from '@cort/common';
import { countRequests } from './metrics';
import { directoryRouter, publicAnswers } from './directory/router';
import { directoryCache } from './directory-cache/directory-cache';
import { exportsRouter } from './exports/router';
import { probeSubgraphs, waitForSubgraphs, watchSubgraphs } from './readiness';
import { InternalTokenDataSource } from './subgraph-requests';

export interface GatewayDependencies {
  /** Internal token keys; otherwise INTERNAL_JWT_PRIVATE_KEY or the development keys. */
  internalKeys?: InternalKeys;
  /** Verifies user tokens; otherwise built from config.auth (JWKS, or the development key). */
  verifyUserToken?: UserTokenVerifier;
  /** The supergraph itself (tests compose in-process); otherwise read from config.supergraphPath. */
  supergraphSdl?: string;
  logger?: Logger;
  /** Where the gateway counts (tests read them); otherwise its own registry. */
  metrics?: Metrics;
}

export interface RunningGateway {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  url: string;
  port: number;
  /** The port of `GET /metrics` when config.metricsPort is set. */
  metricsPort?: number;
  stop(): Promise<void>;
}

async function userTokenVerifier(config: GatewayConfig): Promise<UserTokenVerifier> {
  const { issuer, audience, jwksUrl, verifiedTokenReuseSeconds: reuseSeconds, verifiedTokensKept: maxCachedTokens } = config.auth;
  if (jwksUrl) return createUserTokenVerifier({ issuer, audience, jwksUrl, reuseSeconds, maxCachedTokens });
  if (config.production) throw new Error('AUTH_JWKS_URL is required when NODE_ENV=production.');
  const publicKey = (await loadOrCreateDevKeys(config.dataDir)).user.publicKey;
  return createUserTokenVerifier({ issuer, audience, publicKey, reuseSeconds, maxCachedTokens });
}

function readSupergraph(file: string): string {
  if (!fs.existsSync(file)) throw new Error(`${file} does not exist: run npm run compose.`);
  return fs.readFileSync(file, 'utf8');
}

/** The gateway: verifies users, refuses anonymous callers beyond the public offer, signs per subgraph. */
export async function createGateway(config: GatewayConfig, dependencies: GatewayDependencies = {}): Promise<RunningGateway> {
  const logger = dependencies.logger ?? createLogger('gateway');
  const metrics = dependencies.metrics ?? createMetrics('gateway', { processMetrics: config.metricsPort !== undefined });
  const keys = dependencies.internalKeys ?? (await loadInternalKeys(process.env, config.dataDir));
  const verifyUserToken = dependencies.verifyUserToken ?? (await userTokenVerifier(config));
  const supergraphSdl = dependencies.supergraphSdl ?? readSupergraph(config.supergraphPath);
  // Under the key id the subgraphs' key sets list it by (INTERNAL_JWT_KEY_ID), not always its thumbprint:
  // a key published under any other id would verify nothing.
  const sign = createInternalSigner(keys.privateKey, { keyId: keys.keyId });
  const urls = new Map(config.subgraphs.map(({ name, url }) => [name, url]));
  const probe = () => probeSubgraphs(config.subgraphs, sign);
  const directory = PublicOperations.load(config.directory.operationsDir);

  if (config.startupWaitMs > 0) await waitForSubgraphs(probe, config.startupWaitMs, logger);

  const rateLimiter = createRateLimiter(config.rateLimits, logger);
  // The directory's answers are kept (shared by every gateway with Redis) and dropped when the offer changes.
  const app = express();
  const cache = directoryCache(config, {
    sign,
    logger,
    metrics,
    operations: directory,
    spend: rateLimiter.spendAnonymous,
    // For a request the cache answers before express sees it: express's `req.ip` (its `trust proxy` below).
    clientIp: clientAddressOf(app),
  });
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) =>
      new InternalTokenDataSource(
        name,
        urls.get(name) ?? url!,
        sign,
        logger,
        config.subgraphTimeouts,
        metrics,
        cache.afterMutationOf(name),
      ),
    // Each fetch's own document, so that its timeout is a mutation's only for a mutation's root fields.
    queryPlannerConfig: { exposeDocumentNodeInFetchNode: true },
  });
  // Set once the gateway has composed its supergraph into a schema it can plan queries on (apollo.start()).
  let supergraphLoaded = false;
  gateway.onSchemaLoadOrUpdate(() => {
    supergraphLoaded = true;
  });
  app.disable('x-powered-by');
  // Only directory answers get an ETag (a strong one, in httpCaching); express would tag every answer.
  app.set('etag', false);
  // Whose X-Forwarded-For names the client, for per-IP rate limits: nobody's unless configured.
  app.set('trust proxy', config.trustProxy);
  // First in express: a directory answer the cache holds, by GET (a POST's once its body is read). Nothing
  // else runs for it but the anonymous budget; a hit writes no error body, and anything else goes on.
  app.get('/graphql', cache.serve.hit);
  // Then: every error body, whoever writes it, gets the request id and one log line.
  app.use(answerErrors(logger, metrics));
  // A directory answer the cache holds is sent before express runs at all (express's routing alone costs
  // several times a hit); everything else, and the first request with each Accept header, goes to express.
  const httpServer = http.createServer((req, res) => cache.serve.front(req, res, () => app(req, res)));
  const apollo: ApolloServer<GatewayContext> = new ApolloServer<GatewayContext>({
    gateway,
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    // No "did you mean …" in production: suggestions reveal the schema that introspection hides.
    hideSchemaDetailsFromClientErrors: config.production,
    // Apollo's defaults, stated: no batched (array) requests, CSRF prevention on.
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    parseOptions: { maxTokens: config.limits.maxTokens },
    // The directory's operations by persisted query id, always; other ids as Apollo keeps them.
    persistedQueries: { cache: directory.persistedQueryCache(() => apollo.cache) },
    formatError,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ...(config.production ? [ApolloServerPluginLandingPageDisabled()] : []),
      directoryOnlyForAnonymousPlugin(directory),
      rateLimiter.plugin,
      operationLimitsPlugin(config.limits),
      errorReportingPlugin(logger),
    ],
  });
  await apollo.start();

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: 'gateway' });
  });
  // Ready is about this gateway alone: its supergraph loaded and, with REDIS_URL, its Redis answering. The
  // subgraphs' statuses come from the background watch, as information: a slow subgraph must not take
  // every gateway out of a load balancer's rotation at once (then nothing at all would answer).
  const watch = watchSubgraphs(
    config.subgraphs.map(({ name }) => name),
    probe,
    config.subgraphWatchIntervalMs,
  );
  app.get('/ready', async (_req, res) => {
    const redis = await rateLimiter.redisAnswers();
    const ready = supergraphLoaded && redis !== false;
    res.status(ready ? 200 : 503).json({
      status: ready ? 'ready' : 'unavailable',
      supergraph: supergraphLoaded ? 'loaded' : 'not loaded',
      ...(redis === undefined ? {} : { redis: redis ? 'ready' : 'unavailable' }),
      subgraphs: watch.status(),
    });
  });
  app.use(
    '/graphql',
    countRequests(metrics),
    httpCaching(config.directory.maxAgeSeconds),
    // Bodies over 64 kB are refused from their Content-Length (or as they stream in), before parsing.
    express.json({ limit: MAX_BODY_BYTES }),
    refuseOversizedBodies,
    cache.serve.hit,
    // Then: which operation (a directory one runs anonymously), who calls, their budget, and anonymous callers' allow-list.
    recognisePublicOperations(directory),
    authenticate(verifyUserToken, logger),
    rateLimiter.middleware,
    refuseAnonymousBeyondDirectory(directory),
    cache.serve.keepOnMiss,
    expressMiddleware(apollo, {
      context: async ({ res }) => ({ caller: res.locals.caller, requestId: res.locals.requestId }),
    }),
  );
  // The public directory: HSDS feed, calendars and site, from the same anonymous answers, kept in the same cache.
  const answers = publicAnswers(apollo, directory, config.directory.maxAgeSeconds, cache.cache);
  cache.alsoDrop(answers);
  app.use('/directory', directoryRouter({ answers, rateLimiter, maxAgeSeconds: config.directory.maxAgeSeconds }));
  // Downloads for signed-in users (the movement list as CSV and PDF), from the same operations as /graphql.
  app.use('/exports', exportsRouter({ apollo, verifyUserToken, rateLimiter, logger }));
  app.use(answerUnhandled(logger));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}/graphql`;
  // Metrics on a port of their own, never the public one (a platform's scraper reaches it, clients do not).
  const metricsServer = config.metricsPort === undefined ? undefined : await serveMetrics(metrics, config.metricsPort, config.host);
  logger.info('listening', { url, subgraphs: config.subgraphs.map(({ name }) => name), metricsPort: metricsServer?.port });
  return {
    url,
    port,
    metricsPort: metricsServer?.port,
    stop: async () => {
      watch.stop();
      await metricsServer?.stop();
      await cache.stop();
      await apollo.stop();
    },
  };
}
