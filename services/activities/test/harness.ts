import path from 'node:path';
import { createInternalSigner, generateInternalKeyPair, type Caller, type Identity } from '@cort/auth';
import { createTestDatabase } from '@cort/testing';
import { loadConfig } from '../src/config';
import { createServer } from '../src/server';

export type As = Caller | 'none' | (Partial<Identity> & { roles: Identity['roles'] });

/** The activities subgraph alone, over HTTP, on a fresh test database; callers sign internal tokens. */
export async function startActivities() {
  const keys = generateInternalKeyPair();
  const database = await createTestDatabase('activities', path.join(__dirname, '..', 'prisma', 'migrations'));
  const server = await createServer({ ...loadConfig({}), port: 0, seedDemoData: false }, { database, internalKeys: keys });
  const sign = createInternalSigner(keys.privateKey);

  async function post(query: string, variables: Record<string, unknown>, as: As, audience = 'activities') {
    const caller: Caller | null = as === 'none' ? null : 'kind' in as ? as : { kind: 'user', sub: 'u-1', prisons: [], ...as };
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(caller ? { authorization: `Bearer ${await sign(caller, audience)}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return {
      status: response.status,
      body: (await response.json()) as { data?: any; errors?: { message: string; extensions: Record<string, any> }[] },
    };
  }

  return {
    prisma: server.prisma,
    post,
    async stop() {
      await server.stop();
      await database.drop();
    },
  };
}

export const codes = (answer: { body: { errors?: { extensions: Record<string, any> }[] } }) =>
  (answer.body.errors ?? []).map((e) => e.extensions.code);
