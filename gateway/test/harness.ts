import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  createUserTokenVerifier,
  generateEs256KeyPair,
  generateInternalKeyPair,
  mintUserToken,
  VERIFIED_TOKEN_REUSE_SECONDS,
  VERIFIED_TOKENS_KEPT,
  type Identity,
  type InternalKeys,
} from '@cort/auth';
import { composeSupergraph } from '../src/composition';
import type { GatewayConfig } from '../src/config';
import { DEFAULT_LIMITS } from '../src/limits';
import { DEFAULT_RATE_LIMITS } from '../src/rate-limit';
import { createGateway, type RunningGateway } from '../src/server';
import { DEFAULT_SUBGRAPH_TIMEOUTS } from '../src/subgraph-requests';
import type { ReceivedRequest } from './fake-subgraph';
import { startFakeGraph } from './graph';
import { assertNoLeaks } from './leaks';

/** The fake graph's directory: the operations anonymous callers may run through the test gateway. */
export const TEST_DIRECTORY = path.join(__dirname, 'directory');
export const issuer = 'https://login.example.test/realms/cort';
export const audience = 'cort-graph';
export const userKeys = generateEs256KeyPair();
export const coordinator: Identity = { sub: 'person-7', roles: ['COORDINATOR'], prisons: ['HAREN', 'GENT'] };

export type TestGraph = Awaited<ReturnType<typeof startFakeGraph>>;

/** A gateway in-process on an ephemeral port in front of the two fake subgraphs, with keys of its own. */
export class TestGateway {
  graph!: TestGraph;
  gateway!: RunningGateway;
  dataDir = '';
  readonly internalKeys = generateInternalKeyPair();
  /** What the gateway logged as errors: the details it keeps from clients. */
  readonly logged: Record<string, unknown>[] = [];
  /** Every line the gateway logged, with its level. */
  readonly lines: Record<string, unknown>[] = [];
  private readonly logger = {
    info: (message: string, fields: Record<string, unknown> = {}) => void this.lines.push({ level: 'info', message, ...fields }),
    error: (message: string, fields: Record<string, unknown> = {}) => {
      this.lines.push({ level: 'error', message, ...fields });
      this.logged.push({ message, ...fields });
    },
  };

  config(overrides: Partial<GatewayConfig> = {}): GatewayConfig {
    return {
      port: 0,
      host: '127.0.0.1',
      production: false,
      auth: { issuer, audience, verifiedTokenReuseSeconds: VERIFIED_TOKEN_REUSE_SECONDS, verifiedTokensKept: VERIFIED_TOKENS_KEPT },
      subgraphs: this.graph.subgraphs.map(({ name, url }) => ({ name, url })),
      supergraphPath: path.join(this.dataDir, 'unused.graphql'),
      dataDir: this.dataDir,
      introspection: true,
      limits: DEFAULT_LIMITS,
      // The fake subgraphs serve no event feed: the gateway does not follow one, so it keeps no directory
      // answer (the cache is tested on the real graph, test/e2e/directory-cache.test.ts).
      directory: {
        operationsDir: TEST_DIRECTORY,
        maxAgeSeconds: 60,
        cache: { keyPrefix: 'cort-test:directory' },
        followIntervalMs: 3_600_000,
      },
      rateLimits: DEFAULT_RATE_LIMITS,
      trustProxy: false,
      startupWaitMs: 0,
      // Often, so that /ready's body soon shows a subgraph stopped or started by a test.
      subgraphWatchIntervalMs: 200,
      subgraphTimeouts: DEFAULT_SUBGRAPH_TIMEOUTS,
      ...overrides,
    };
  }

  supergraph(): string {
    const outcome = composeSupergraph(this.graph.subgraphs.map(({ name, url, sdl }) => ({ name, url, sdl })));
    if (outcome.errors) throw new Error(outcome.errors.join('\n'));
    return outcome.supergraphSdl;
  }

  start(overrides: Partial<GatewayConfig> = {}, keys: InternalKeys = this.internalKeys): Promise<RunningGateway> {
    return createGateway(this.config(overrides), {
      logger: this.logger,
      internalKeys: keys,
      supergraphSdl: this.supergraph(),
      verifyUserToken: createUserTokenVerifier({ issuer, audience, publicKey: userKeys.publicKey }),
    });
  }

  /** Every request the fake subgraphs received in this test. */
  received(): ReceivedRequest[] {
    return this.graph.subgraphs.flatMap((subgraph) => subgraph.received);
  }

  async post(query: string, headers: Record<string, string> = {}, url = this.gateway.url) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query }),
    });
    // Every answer is scanned: a test that receives a stack trace, an internal address, SQL… fails.
    const text = await response.text();
    assertNoLeaks({ status: response.status, text, headers: response.headers });
    return { status: response.status, headers: response.headers, body: (text ? JSON.parse(text) : {}) as { data?: any; errors?: any[] } };
  }
}

/**
 * Starts a TestGateway for the enclosing file or describe block; fresh request records for every test.
 * By default in front of the fake graph of ./graph, with the default config.
 */
export function useTestGateway(options: { graph?: typeof startFakeGraph; config?: Partial<GatewayConfig> } = {}): TestGateway {
  const harness = new TestGateway();
  beforeAll(async () => {
    harness.dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cort-gateway-'));
    harness.graph = await (options.graph ?? startFakeGraph)(harness.internalKeys.publicKey);
    harness.gateway = await harness.start(options.config);
  });
  afterAll(async () => {
    await harness.gateway?.stop();
    await Promise.all(harness.graph?.subgraphs.map((subgraph) => subgraph.stop()) ?? []);
    fs.rmSync(harness.dataDir, { recursive: true, force: true });
  });
  beforeEach(() => {
    harness.graph.subgraphs.forEach((subgraph) => (subgraph.received.length = 0));
    harness.logged.length = 0;
    harness.lines.length = 0;
  });
  return harness;
}

export const token = (identity: Identity = coordinator, options: { issuer?: string; expiresIn?: number | string } = {}) =>
  mintUserToken(identity, userKeys.privateKey, { issuer: options.issuer ?? issuer, audience, expiresIn: options.expiresIn ?? '1h' });

export const bearer = async (identity?: Identity) => ({ authorization: `Bearer ${await token(identity)}` });

/** The claims of a JWT, unverified (the fake subgraph has verified it already). */
export const claimsOf = (jwt: string) => JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString()) as Record<string, any>;
