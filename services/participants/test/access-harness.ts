import path from 'node:path';
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { graphql, type ExecutionResult } from 'graphql';
import { ROLES, type Caller } from '@cort/auth';
import { encodeCursor, START } from '@cort/events';
import { createTestDatabase } from '@cort/testing';
import { createContextFactory } from '../src/context';
import { createActivitiesFollower } from '../src/feeds/activities.feed';
import { PrismaClient } from '../src/generated/prisma/client';
import { buildSchema } from '../src/schema';
import { FACILITATORS, ORGANISATIONS, PRISONS, seedWorld } from './access-world';

/** The codes that mean "you may not": a call admitted by the policy never answers with one of them. */
export const ACCESS_CODES = ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'];
const CLIENT_CODES = [...ACCESS_CODES, 'BAD_USER_INPUT', 'CONFLICT'];

/** Someone who is neither facilitator nor anyone else in the world. */
const STRANGER = '0c000000-0000-4000-8000-000000000001';

/** A signed-in user: any non-empty set of roles, any of the world's prisons, an organisation or none. */
const users: fc.Arbitrary<Caller> = fc
  .record({
    roles: fc.subarray([...ROLES], { minLength: 1 }),
    prisons: fc.subarray([...PRISONS]),
    organisationId: fc.option(fc.constantFrom(...ORGANISATIONS), { nil: undefined }),
    sub: fc.constantFrom(...FACILITATORS, STRANGER),
  })
  .map((identity) => ({ kind: 'user' as const, ...identity }));

/** Every kind of caller a subgraph sees: users mostly, the anonymous public, another service. */
export const callers: fc.Arbitrary<Caller> = fc.oneof(
  { weight: 8, arbitrary: users },
  { weight: 1, arbitrary: fc.constant<Caller>({ kind: 'anonymous' }) },
  { weight: 1, arbitrary: fc.constant<Caller>({ kind: 'service', service: 'reporting' }) },
);

/** An id nothing in the world has. */
export const missingIds = fc.uuid({ version: 4 });

export const numRuns = 1000;
/** 1 000 runs of a mutation on a busy PostgreSQL can outlast jest's 60 s: the runs are the point, not the clock. */
export const PROPERTY_TIMEOUT_MS = 600_000;

/**
 * The participants subgraph's schema executed in-process over a fresh, seeded test database, with the
 * service's own context factory. The activities feed is one with nothing new: the world's activities are
 * already in the database, so a request never waits for it.
 */
export async function openWorld() {
  const db = await createTestDatabase('participants', path.join(__dirname, '..', 'prisma', 'migrations'));
  const prisma = new PrismaClient({ adapter: db.adapter });
  await seedWorld(prisma);
  const schema = await buildSchema();
  const quietFeed = async (after: string | null) => ({ events: [], cursor: after ?? encodeCursor(START), hasMore: false });
  const contextOf = createContextFactory(prisma, createActivitiesFollower(prisma, quietFeed));
  const send = (caller: Caller, source: string, variableValues: Record<string, unknown> = {}) =>
    graphql({ schema, source, variableValues, contextValue: contextOf({ caller, requestId: randomUUID() }) });
  return {
    prisma,
    schema,
    send,
    async close() {
      await prisma.$disconnect();
      await db.drop();
    },
  };
}

export type World = Awaited<ReturnType<typeof openWorld>>;

const codeOf = (error: { extensions?: Record<string, unknown> }) => error.extensions?.code as string | undefined;

/** The access code an answer was refused with, or null when it was admitted (other errors included). */
export function refusalOf(result: ExecutionResult): string | null {
  return (result.errors ?? []).map(codeOf).find((code) => code !== undefined && ACCESS_CODES.includes(code)) ?? null;
}

/** Errors that are no client's answer (a crash): never expected, admitted or not. */
export const crashesOf = (result: ExecutionResult) =>
  (result.errors ?? []).filter((error) => !CLIENT_CODES.includes(codeOf(error) ?? '')).map((error) => error.message);

/** The answer as a client sees it, with the asked-for id written as <id>: comparable across ids. */
export function answerAbout(result: ExecutionResult, id: string) {
  const seen = {
    data: result.data ?? null,
    errors: (result.errors ?? []).map(({ message, path, extensions }) => ({ message, path, extensions })),
  };
  return JSON.parse(JSON.stringify(seen).replaceAll(id, '<id>'));
}
