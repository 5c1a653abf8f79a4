// Hive Gateway's configuration for the bench: its defaults, plus what our subgraphs demand of any
// gateway in front of them. Each subgraph request carries an internal token for that subgraph (audience =
// its name), signed as the gateway (issuer "gateway", with the gateway's development key derived from the
// one the graph was started with, CORT_DATA_DIR), for the caller: the user of a verified access token, else
// the anonymous caller — as our gateway does. The subgraphs accept GraphQL from that issuer only.
import { createRequire } from 'node:module';
import path from 'node:path';
import { defineConfig } from '@graphql-hive/gateway';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const auth = createRequire(import.meta.url)(path.join(root, 'packages', 'auth', 'dist', 'index.js'));

const keys = await auth.loadOrCreateDevKeys(auth.defaultDataDir(process.env), process.env);
const sign = auth.internalSignerOf(
  await auth.loadInternalKeys(process.env, auth.defaultDataDir(process.env), auth.GATEWAY_ISSUER),
  auth.GATEWAY_ISSUER,
);
const verify = auth.createUserTokenVerifier({ issuer: auth.DEV_ISSUER, audience: auth.DEV_AUDIENCE, publicKey: keys.user.publicKey });

/** The caller of a client request, verified once per request whatever the number of subgraph fetches. */
const callers = new WeakMap();
function callerOf(request) {
  if (!callers.has(request)) {
    const token = /^Bearer +(\S+)$/i.exec(request.headers.get('authorization') ?? '')?.[1];
    callers.set(request, token ? verify(token).then((identity) => ({ kind: 'user', ...identity })) : Promise.resolve(auth.ANONYMOUS));
  }
  return callers.get(request);
}

export const gatewayConfig = defineConfig({
  propagateHeaders: {
    async fromClientToSubgraphs({ request, subgraphName }) {
      return { authorization: `Bearer ${await sign(await callerOf(request), subgraphName)}` };
    },
  },
});
