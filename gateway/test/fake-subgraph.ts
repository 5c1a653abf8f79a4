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

export interface ReceivedRequest {
  headers: IncomingHttpHeaders;
  caller?: Caller;
  query?: string;
}

export interface FakeSubgraph {
  name: string;
  url: string;
  sdl: string;
  received: ReceivedRequest[];
  stop(): Promise<void>;
}

/**
 * A tiny federation subgraph that only tests the gateway's mechanics: like the real ones it answers 401
 * without a valid internal token for its name, and it records every request it gets.
 */
export async function startFakeSubgraph(options: {
  name: string;
  sdl: string;
  resolvers: GraphQLResolverMap<any>;
  publicKey: KeyObject;
}): Promise<FakeSubgraph> {
  const received: ReceivedRequest[] = [];
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
    received.push(request);
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
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    name: options.name,
    url: `http://127.0.0.1:${port}/graphql`,
    sdl: options.sdl,
    received,
    async stop() {
      await apollo.stop();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
