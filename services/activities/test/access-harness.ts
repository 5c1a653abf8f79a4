import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { graphql } from 'graphql';
import type { Caller } from '@cort/auth';
import { badUserInput } from '@cort/subgraph';
import { createTestDatabase } from '@cort/testing';
import { createContextFactory } from '../src/context';
import { PrismaClient } from '../src/generated/prisma/client';
import type { OrganisationService } from '../src/modules/organisation/organisation.service';
import { buildSchema } from '../src/schema';
import { FACILITATORS, ORGANISATIONS, PRISONS, seedWorld } from './access-world';

/**
 * The organisations service as the world knows it, in-process: both organisations serve every prison
 * and every facilitator holds a permit for every prison on every day, so planning fails only on an
 * organisation or a person the world has not got. The properties plan with facilitators on purpose:
 * this answers for the organisations service, whose own access rules its own property test covers.
 * It counts its calls, so a test can see that a refused call never asked it anything.
 */
export function organisationsOfTheWorld(): OrganisationService & { calls: number } {
  const client = {
    calls: 0,
    async checkFacilitation(_caller: Caller, check: { prisonId: string; organisationId: string; personIds: string[] }) {
      client.calls++;
      if (!(ORGANISATIONS as readonly string[]).includes(check.organisationId))
        throw badUserInput(`Organisation ${check.organisationId} does not exist.`, 'organisationId');
      if (!(PRISONS as readonly string[]).includes(check.prisonId))
        throw badUserInput(`The organisation does not serve prison ${check.prisonId}.`, 'organisationId');
      const stranger = check.personIds.find((id) => FACILITATORS[id] !== check.organisationId);
      if (stranger) throw badUserInput(`Person ${stranger} does not work for the organising organisation.`, 'facilitatorIds');
    },
  };
  return client;
}

/**
 * The activities subgraph's schema executed in-process over a fresh, seeded test database (PGlite, or
 * PostgreSQL with TEST_DATABASE_URL), with the service's own context factory.
 */
export async function openWorld() {
  const db = await createTestDatabase('activities', path.join(__dirname, '..', 'prisma', 'migrations'));
  const prisma = new PrismaClient({ adapter: db.adapter });
  await seedWorld(prisma);
  const schema = await buildSchema();
  const organisations = organisationsOfTheWorld();
  const contextOf = createContextFactory(prisma, organisations);
  const send = (caller: Caller, source: string, variableValues: Record<string, unknown> = {}) =>
    graphql({ schema, source, variableValues, contextValue: contextOf({ caller, requestId: randomUUID() }) });
  return {
    prisma,
    organisations,
    send,
    async close() {
      await prisma.$disconnect();
      await db.drop();
    },
  };
}

export type World = Awaited<ReturnType<typeof openWorld>>;
