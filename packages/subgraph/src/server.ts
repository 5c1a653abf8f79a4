import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import http from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import { InternalAuthError, type Caller, type IssuerJwks } from '@cort/auth';
import type { RequestContext } from './context';
import { formatClientError, unexpectedErrorLog } from './format-error';
import type { Logger } from '@cort/common';

export interface SubgraphServerOptions<Context extends RequestContext> {
  name: string;
  schema: GraphQLSchema;
  port: number;
  host?: string;
  logger: Logger;
  /** Verifies the internal token (the gateway's or a calling service's); throws when it is missing, invalid or from another issuer. */
  verifyCaller(authorization: string | undefined): Promise<Caller>;
  /** Per request: the caller plus the service's fresh DataLoaders. */
  createContext(base: RequestContext): Context;
  /** Resolves when the service can answer (database reachable). */
  checkReady(): Promise<void>;
  /** Extra routes (e.g. the internal event feed), mounted before /graphql. */
  routes?: (app: express.Express) => void;
  /** The public key(s) this service signs with, served at /.well-known/jwks.json. */
  publishedKeys?: IssuerJwks;
  /** The service's own Apollo plugins (e.g. writing the audit trail). */
  plugins?: ApolloServerPlugin<Context>[];
}

export interface RunningServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** Adds the request id to every error, so a coordinator can quote it and we can find the log line. */
const requestIdPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind !== 'single') return;
        for (const error of response.body.singleResult.errors ?? []) {
          (error.extensions as Record<string, unknown>).requestId = contextValue.requestId;
        }
      },
    };
  },
};

/**
 * The gateway names a subgraph's part of a plan `<ClientOperation>__<subgraph>__<n>`; the client's
 * operation name is what an audit reader recognises.
 */
export function clientOperationName(body: unknown): string | undefined {
  const name = (body as { operationName?: unknown } | undefined)?.operationName;
  if (typeof name !== 'string' || !/^\w{1,200}$/.test(name)) return undefined;
  return name.replace(/__[a-z][\w-]*__\d+$/, '');
}

export async function startSubgraphServer<Context extends RequestContext>(options: SubgraphServerOptions<Context>): Promise<RunningServer> {
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<Context>({
    schema: options.schema,
    includeStacktraceInErrorResponses: false,
    // runService stops the whole service on SIGINT/SIGTERM (server, then database); Apollo's own handler
    // would re-raise the signal first and the process would die before PGlite is closed.
    stopOnTerminationSignals: false,
    formatError: formatClientError,
    // No usage reporting: traces would carry field timings of personal data to whoever reads them.
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginInlineTraceDisabled(),
      requestIdPlugin as ApolloServerPlugin<Context>,
      unexpectedErrorLog(options.logger) as ApolloServerPlugin<Context>,
      ...(options.plugins ?? []),
    ],
  });
  await apollo.start();

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: options.name });
  });
  app.get('/ready', async (_req, res) => {
    try {
      await options.checkReady();
      res.json({ status: 'ready', service: options.name });
    } catch {
      res.status(503).json({ status: 'unavailable', service: options.name });
    }
  });
  // This service's public key, for operators assembling the key directory every service reads at start
  // (services never fetch each other's keys at run time: no trust loop, no start-up order).
  app.get('/.well-known/jwks.json', (_req, res) => {
    res.json(options.publishedKeys ?? { keys: [] });
  });
  options.routes?.(app);

  // The internal token is checked before GraphQL runs, for every operation including _entities and _service.
  const callers = new WeakMap<express.Request, Caller>();
  app.use('/graphql', express.json({ limit: '256kb' }), async (req, res, next) => {
    try {
      callers.set(req, await options.verifyCaller(req.headers.authorization));
      next();
    } catch (error) {
      if (error instanceof InternalAuthError && error.reason === 'issuer')
        res.status(403).json({ errors: [{ message: 'This caller may not call this subgraph.', extensions: { code: 'FORBIDDEN' } }] });
      else res.status(401).json({ errors: [{ message: 'A valid internal token is required.', extensions: { code: 'UNAUTHENTICATED' } }] });
    }
  });
  app.use(
    '/graphql',
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const header = req.headers['x-request-id'];
        const requestId = typeof header === 'string' && /^[\w-]{1,64}$/.test(header) ? header : randomUUID();
        return options.createContext({ caller: callers.get(req)!, requestId, operationName: clientOperationName(req.body) });
      },
    }),
  );

  await new Promise<void>((resolve) => httpServer.listen(options.port, options.host ?? '127.0.0.1', resolve));
  const { port } = httpServer.address() as AddressInfo;
  return {
    port,
    url: `http://127.0.0.1:${port}/graphql`,
    stop: () => apollo.stop(),
  };
}
