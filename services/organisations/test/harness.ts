import path from 'node:path';
import { createInternalSigner, generateInternalKeyPair, type Caller, type Identity } from '@cort/auth';
import { createTestDatabase, type TestDatabase } from '@cort/testing';
import { createServer } from '../src/server';

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
    const config = { port: 0, host: '127.0.0.1', seedDemoData: false, migrationsDir };
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

/** Starts a TestSubgraph for the enclosing file, with the fixtures below. */
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

// Fixed ids, so a test reads like the situation it describes.
export const CAW = '0c000000-0000-4000-8000-000000000001'; // serves HAREN and GENT
export const SPORT = '0c000000-0000-4000-8000-000000000002'; // serves ANTWERPEN only
export const SOFIE = '0d000000-0000-4000-8000-000000000001'; // CAW, permit HAREN 2026, permit GENT open-ended
export const KARIM = '0d000000-0000-4000-8000-000000000002'; // CAW, expired HAREN permit only
export const TOM = '0d000000-0000-4000-8000-000000000003'; // SPORT, permit ANTWERPEN

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export const coordinator: Identity = { sub: 'coordinator-haren', roles: ['COORDINATOR'], prisons: ['HAREN'] };
export const coordinatorAntwerpen: Identity = { sub: 'coordinator-antwerpen', roles: ['COORDINATOR'], prisons: ['ANTWERPEN'] };
export const policyCoordinator: Identity = { sub: 'policy-gent', roles: ['POLICY_COORDINATOR'], prisons: ['GENT'] };
export const prisonStaff: Identity = { sub: 'pba-haren', roles: ['PRISON_STAFF'], prisons: ['HAREN'] };
export const cawStaff: Identity = { sub: 'caw-staff', roles: ['PARTNER_STAFF'], prisons: ['HAREN'], organisationId: CAW };
export const sportStaff: Identity = { sub: 'sport-staff', roles: ['PARTNER_STAFF'], prisons: ['HAREN', 'ANTWERPEN'], organisationId: SPORT };
export const sofieHerself: Identity = { sub: SOFIE, roles: ['PARTNER_STAFF'], prisons: ['HAREN'], organisationId: CAW };

async function createFixtures({ prisma }: TestSubgraph): Promise<void> {
  await prisma.organisation.createMany({
    data: [
      { id: CAW, name: 'CAW Brussel', kind: 'STRUCTURAL_PARTNER', domains: ['WELFARE'], prisonIds: ['HAREN', 'GENT'], email: 'justitie@caw.example', website: 'https://caw.example' },
      { id: SPORT, name: 'Sportaanbod vzw', kind: 'PARTNER', domains: ['SPORT', 'HEALTH'], prisonIds: ['ANTWERPEN'] },
    ],
  });
  await prisma.person.createMany({
    data: [
      { id: SOFIE, organisationId: CAW, firstName: 'Sofie', lastName: 'Janssens', role: 'TRAJECTORY_COUNSELLOR', languages: ['nl', 'fr'], email: 'sofie@caw.example' },
      { id: KARIM, organisationId: CAW, firstName: 'Karim', lastName: 'El Amrani', role: 'THERAPIST', languages: ['fr', 'ar'] },
      { id: TOM, organisationId: SPORT, firstName: 'Tom', lastName: 'Claes', role: 'SPORT_MONITOR', languages: ['nl'] },
    ],
  });
  await prisma.clearance.createMany({
    data: [
      { personId: SOFIE, kind: 'PRISON_ACCESS', prisonId: 'HAREN', validFrom: day('2026-01-01'), validUntil: day('2026-12-31'), recordedBy: 'fixture' },
      { personId: SOFIE, kind: 'PRISON_ACCESS', prisonId: 'GENT', validFrom: day('2026-06-01'), validUntil: null, recordedBy: 'fixture' },
      { personId: SOFIE, kind: 'CHARTER', validFrom: day('2025-01-01'), recordedBy: 'fixture' },
      { personId: KARIM, kind: 'PRISON_ACCESS', prisonId: 'HAREN', validFrom: day('2024-01-01'), validUntil: day('2024-12-31'), recordedBy: 'fixture' },
      { personId: TOM, kind: 'PRISON_ACCESS', prisonId: 'ANTWERPEN', validFrom: day('2026-01-01'), validUntil: null, recordedBy: 'fixture' },
    ],
  });
}
