import http from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { KeyObject } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { createInternalVerifier, type Caller } from '@cort/auth';
import express from 'express';
import { parse } from 'graphql';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { PROBE_QUERY } from '../src/readiness';

export interface ReceivedRequest {
  headers: IncomingHttpHeaders;
  caller?: Caller;
  query?: string;
}

export interface FakeSubgraph {
  name: string;
  url: string;
  port: number;
  sdl: string;
  received: ReceivedRequest[];
  /** Closes the port: the subgraph is down. */
  stop(): Promise<void>;
  /** Listens again on the same port, as a restarted process would. */
  restart(): Promise<void>;
}

interface FakeSubgraphOptions {
  name: string;
  sdl: string;
  resolvers: GraphQLResolverMap<any>;
  publicKey: KeyObject;
  /** 0 (the default): any free port. */
  port?: number;
}

async function listen(server: http.Server, port: number): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return (server.address() as AddressInfo).port;
}

async function close(server: http.Server): Promise<void> {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
}

/**
 * Whether a request is the gateway's background readiness probe, by its body (parsed, or as received): it
 * comes whenever the gateway's timer says, not one of the requests a test makes the gateway send, so the
 * fakes do not record it with them.
 */
function isProbe(body: unknown): boolean {
  if (typeof body === 'string') {
    try {
      body = JSON.parse(body);
    } catch {
      return false;
    }
  }
  return (body as { query?: unknown } | undefined)?.query === PROBE_QUERY;
}

/** One life of the fake: its Apollo server and HTTP listener, until stopped. */
async function serve(options: FakeSubgraphOptions, received: ReceivedRequest[], port: number) {
  const verify = createInternalVerifier({ publicKey: options.publicKey, audience: options.name });
  const apollo = new ApolloServer<{ caller: Caller }>({
    schema: buildSubgraphSchema({ typeDefs: parse(options.sdl), resolvers: options.resolvers }),
    // A careless subgraph: stack traces and raw messages, so the test sees the gateway mask them.
    includeStacktraceInErrorResponses: true,
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  await apollo.start();
  const app = express();
  const callers = new WeakMap<express.Request, Caller>();
  app.use(express.json(), async (req, res, next) => {
    const request: ReceivedRequest = { headers: { ...req.headers }, query: req.body?.query };
    if (!isProbe(req.body)) received.push(request);
    try {
      request.caller = await verify(req.headers.authorization);
      callers.set(req, request.caller);
      next();
    } catch {
      res.status(401).json({ errors: [{ message: 'A valid internal token is required.', extensions: { code: 'UNAUTHENTICATED' } }] });
    }
  });
  app.use(expressMiddleware(apollo, { context: async ({ req }) => ({ caller: callers.get(req)! }) }));
  const server = http.createServer(app);
  return {
    port: await listen(server, port),
    async stop() {
      await apollo.stop();
      await close(server);
    },
  };
}

/**
 * A tiny federation subgraph that only tests the gateway's mechanics: like the real ones it answers 401
 * without a valid internal token for its name, and it records every request it gets. It can be stopped
 * (its port closed) and restarted on the same port.
 */
export async function startFakeSubgraph(options: FakeSubgraphOptions): Promise<FakeSubgraph> {
  const received: ReceivedRequest[] = [];
  let running: Awaited<ReturnType<typeof serve>> | undefined = await serve(options, received, options.port ?? 0);
  const port = running.port;
  return {
    name: options.name,
    url: `http://127.0.0.1:${port}/graphql`,
    port,
    sdl: options.sdl,
    received,
    async stop() {
      await running?.stop();
      running = undefined;
    },
    async restart() {
      running ??= await serve(options, received, port);
    },
  };
}

/** How a broken subgraph fails: accepts and never answers, drops the connection, a proxy's 502 page, or a redirect (to itself). */
export type Breakage = 'hang' | 'reset' | 'bad-gateway' | 'redirect';

export interface BrokenSubgraph {
  url: string;
  /** The bodies of the requests it received (each counted once it was read in full). */
  received: string[];
  stop(): Promise<void>;
}

/** A subgraph process gone wrong, listening on `port` (a stopped fake's, to stand in for it). */
export async function startBrokenSubgraph(breakage: Breakage, port = 0): Promise<BrokenSubgraph> {
  const received: string[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString();
      if (!isProbe(body)) received.push(body);
      if (breakage === 'reset') req.socket.destroy();
      if (breakage === 'redirect') res.writeHead(307, { location: '/graphql' }).end();
      if (breakage === 'bad-gateway') {
        // What a proxy in front of a dead subgraph says: internals the gateway must not pass on.
        res.writeHead(502, { 'content-type': 'text/html' });
        res.end('<h1>502 Bad Gateway</h1> upstream 10.0.0.3:4002 (connect ECONNREFUSED) /etc/nginx/nginx.conf');
      }
    });
  });
  const bound = await listen(server, port);
  return { url: `http://127.0.0.1:${bound}/graphql`, received, stop: () => close(server) };
}
