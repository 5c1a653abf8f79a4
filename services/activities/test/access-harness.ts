import path from 'node:path';
import type { Caller } from '@cort/auth';
import { badUserInput } from '@cort/subgraph';
import { openSubgraphWorld } from '@cort/testing';
import { createContextFactory } from '../src/context';
import { PrismaClient } from '../src/generated/prisma/client';
import type { OrganisationService } from '../src/modules/organisation/organisation.service';
import { buildSchema } from '../src/schema';
import { FACILITATORS, objectsForRuns, ORGANISATIONS, PRISONS, seedWorld } from './access-world';

/**
 * The organisations service as the world knows it, in-process: both organisations serve every prison
 * and every facilitator holds a permit for every prison on every day, so planning fails only on an
 * organisation or a person the world has not got, and every organisation holds an agreement for every
 * prison, so nothing warns. The properties plan with facilitators on purpose: this answers for the
 * organisations service, whose own access rules its own property test covers. It counts its calls, so a
 * test can see that a refused call never asked it anything.
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
      // Both organisations hold an agreement for every prison, so no warning stands in a property's way.
      return { agreementCovers: true };
    },
    // Every facilitator of the world is active and cleared every day; anyone else is unknown.
    async facilitatorStandings(_caller: Caller, ask: { personIds: string[] }) {
      client.calls++;
      const cleared = { daysWithoutAccess: [], status: 'ACTIVE' as const, statusSince: null };
      return new Map(ask.personIds.map((id) => [id, id in FACILITATORS ? cleared : null]));
    },
  };
  return client;
}

/** The activities subgraph over the seeded world (packages/testing), planning against the organisations above. */
export async function openWorld() {
  const organisations = organisationsOfTheWorld();
  const world = await openSubgraphWorld({
    service: 'activities',
    migrationsDir: path.join(__dirname, '..', 'prisma', 'migrations'),
    client: (adapter) => new PrismaClient({ adapter }),
    seed: seedWorld,
    schema: buildSchema,
    contextOf: (prisma) => createContextFactory(prisma, organisations),
  });
  return { ...world, organisations, runObjects: objectsForRuns(world.prisma) };
}

export type World = Awaited<ReturnType<typeof openWorld>>;
