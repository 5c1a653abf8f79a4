import { createInternalVerifier, loadInternalKeys, publishedKeyOf, trustOf, type InternalKeys } from '@cort/auth';
import { mountEventFeed } from '@cort/events';
import { migrate, openDatabase, type Database } from '@cort/db';
import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import type { RequestContext } from './context';
import { createLogger, createMetrics, metricsPlugin, serveMetrics, type Logger, type Metrics } from '@cort/common';
import { startSubgraphServer } from './server';
import { readSubgraphCalls, routeIssuers, type SubgraphCalls } from './trust';

interface PrismaLike {
  $disconnect(): Promise<void>;
  $executeRawUnsafe(sql: string): Promise<number>;
  $queryRawUnsafe<T = unknown>(sql: string, ...values: unknown[]): Promise<T>;
}

export interface ServiceDependencies {
  /** An already open database (tests pass a fresh one); otherwise opened from the config. */
  database?: Database;
  /** The internal token keys; otherwise from the environment or the development keys. */
  internalKeys?: InternalKeys;
  /** Who calls whom (infra/subgraphs.json's `calls`); otherwise read from that file. */
  subgraphCalls?: readonly SubgraphCalls[];
}

export interface ServiceOptions<Client extends PrismaLike, Context extends RequestContext> {
  name: string;
  port: number;
  host: string;
  databaseUrl?: string;
  migrationsDir: string;
  /** Where `GET /metrics` answers (a port of its own); none when unset. */
  metricsPort?: number;
  createClient(adapter: SqlDriverAdapterFactory): Client;
  buildSchema(): Promise<GraphQLSchema>;
  /** After migrating: reference data, demo data; one replica at a time (Database.runAlone). */
  prepare?(client: Client, logger: Logger): Promise<void>;
  createContext(client: Client, keys: InternalKeys): (base: RequestContext) => Context;
  /** Serve the service's outbox (an OutboxEvent model) to the other services at /internal/events. */
  publishesEvents?: boolean;
  /** The services that may read that feed; those that name this service in infra/subgraphs.json "calls" when not given. */
  feedConsumers?: readonly string[];
  /** The gateway reads the feed too (its directory cache drops answers on changes). */
  gatewayFollowsFeed?: boolean;
  /** The service's own Apollo plugins, given its client (e.g. writing the audit trail). */
  plugins?(client: Client, logger: Logger): ApolloServerPlugin<Context>[];
  /** Work that runs beside the server (e.g. following another service's feed); returns how to stop it. */
  background?(client: Client, tools: BackgroundTools): () => Promise<void>;
}

/** What background work is given besides the client. */
export interface BackgroundTools {
  keys: InternalKeys;
  logger: Logger;
  metrics: Metrics;
  /** Runs a part of it one replica at a time (e.g. demo data seeded once the feed brought what it needs). */
  runAlone: Database['runAlone'];
}

/**
 * The life of every subgraph service, written once: open the database (PGlite or PostgreSQL), apply the
 * committed migrations, prepare data, serve GraphQL behind the internal token check.
 */
export async function startService<Client extends PrismaLike, Context extends RequestContext>(
  options: ServiceOptions<Client, Context>,
  dependencies: ServiceDependencies = {},
) {
  const logger = createLogger(options.name);
  const database =
    dependencies.database ??
    (await openDatabase({ service: options.name, url: options.databaseUrl, migrationsDir: options.migrationsDir }));
  const applied = await migrate(database, options.migrationsDir);
  if (applied.length) logger.info('migrations applied', { applied });
  const client = options.createClient(database.adapter);
  // Replicas start together: each prepares in turn (the migrations are serialised the same way), so the
  // demo data is seeded by the first and found there by the others, never seeded twice side by side.
  const prepare = options.prepare;
  if (prepare) await database.runAlone(`prepare ${options.name}`, () => prepare(client, logger));

  const keys = dependencies.internalKeys ?? (await loadInternalKeys(process.env, undefined, options.name));
  // Each route accepts only its own issuers: GraphQL the gateway and the services that call this one,
  // the feed its consumers. Any other key, a partner's included, is refused there (403).
  const trust = trustOf(keys);
  const issuers = routeIssuers(options.name, dependencies.subgraphCalls ?? readSubgraphCalls(), {
    consumers: options.feedConsumers,
    gatewayFollows: options.gatewayFollowsFeed,
  });
  const verifyCaller = createInternalVerifier({ trust, audience: options.name, issuers: issuers.graphql });
  const verifyFeedReader = createInternalVerifier({ trust, audience: options.name, issuers: issuers.feed });
  const metrics = createMetrics(options.name, { processMetrics: options.metricsPort !== undefined });
  // Requests, errors by code and latency per client operation (the gateway's plan suffix stripped).
  const counting = metricsPlugin(
    metrics,
    (request) => (request.contextValue as RequestContext).operationName,
  ) as ApolloServerPlugin<Context>;
  const server = await startSubgraphServer({
    name: options.name,
    schema: await options.buildSchema(),
    port: options.port,
    host: options.host,
    logger,
    verifyCaller,
    routes: options.publishesEvents
      ? (app) => mountEventFeed(app, { db: client, verifyCaller: verifyFeedReader, consumers: issuers.feed })
      : undefined,
    publishedKeys: { keys: [await publishedKeyOf(keys.publicKey, keys.keyId)] },
    createContext: options.createContext(client, keys),
    plugins: [counting, ...(options.plugins?.(client, logger) ?? [])],
    checkReady: async () => {
      await client.$executeRawUnsafe('SELECT 1');
    },
  });
  const metricsServer = options.metricsPort === undefined ? undefined : await serveMetrics(metrics, options.metricsPort, options.host);
  logger.info('listening', { url: server.url, metricsPort: metricsServer?.port });
  const stopBackground = options.background?.(client, { keys, logger, metrics, runAlone: database.runAlone });

  return {
    url: server.url,
    port: server.port,
    /** The port of `GET /metrics`, when the config asked for one. */
    metricsPort: metricsServer?.port,
    metrics,
    prisma: client,
    database,
    async stop() {
      await stopBackground?.();
      await metricsServer?.stop();
      await server.stop();
      await client.$disconnect();
      if (!dependencies.database) await database.close();
    },
  };
}
