import path from 'node:path';
import { createInternalSigner, generateInternalKeyPair, type Caller, type Identity } from '@cort/auth';
import { createTestDatabase, type TestDatabase } from '@cort/testing';
import { createServer } from '../src/server';
import { createFixtures } from './fixtures';

export const migrationsDir = path.join(__dirname, '..', 'prisma', 'migrations');

export interface Answer {
  status: number;
  body: { data?: any; errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[] };
}

/** Who a test acts as: a user identity, 'anonymous' (signed as such), or 'none' (no token at all). */
export type As = Identity | 'anonymous' | 'none';

/**
 * The organisations subgraph on an ephemeral port over a fresh test database, with internal keys of its
 * own: a test signs tokens the way the gateway does, so every request goes through the real token check.
 */
export class TestSubgraph {
  db!: TestDatabase;
  server!: Awaited<ReturnType<typeof createServer>>;
  readonly keys = generateInternalKeyPair();
  private readonly sign = createInternalSigner(this.keys.privateKey);

  get prisma() {
    return this.server.prisma;
  }

  async start(): Promise<void> {
    this.db = await createTestDatabase('organisations', migrationsDir);
    // Alone here: no activities service to follow (the graph's tests follow it); a port nothing listens on.
    const config = {
      port: 0,
      host: '127.0.0.1',
      seedDemoData: false,
      migrationsDir,
      activitiesUrl: 'http://127.0.0.1:9/graphql',
      followIntervalMs: 60_000,
    };
    this.server = await createServer(config, { database: this.db, internalKeys: this.keys });
  }

  async stop(): Promise<void> {
    await this.server?.stop();
    await this.db?.drop();
  }

  async token(as: Exclude<As, 'none'>, audience = 'organisations'): Promise<string> {
    const caller: Caller = as === 'anonymous' ? { kind: 'anonymous' } : { kind: 'user', ...as };
    return this.sign(caller, audience);
  }

  async post(query: string, variables: Record<string, unknown> = {}, as: As = 'anonymous', audience?: string): Promise<Answer> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (as !== 'none') headers.authorization = `Bearer ${await this.token(as, audience)}`;
    const response = await fetch(this.server.url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    return { status: response.status, body: (await response.json()) as Answer['body'] };
  }
}

/** Starts a TestSubgraph for the enclosing file, with the fixtures of fixtures.ts. */
export function useTestSubgraph(): TestSubgraph {
  const subgraph = new TestSubgraph();
  beforeAll(async () => {
    await subgraph.start();
    await createFixtures(subgraph);
  });
  afterAll(() => subgraph.stop());
  return subgraph;
}

/** The codes of an answer's errors, in order. */
export const codes = (answer: Answer) => (answer.body.errors ?? []).map((error) => error.extensions?.code);
