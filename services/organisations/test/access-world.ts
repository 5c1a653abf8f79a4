import { randomUUID } from 'node:crypto';
import { handedOutOnce } from '@cort/testing';
import type { PrismaClient } from '../src/generated/prisma/client';

/**
 * The small world the access properties of the organisations service run in: three prisons, three
 * partner organisations serving different prisons, two people in each with a prison access permit and a
 * training. Ids are fixed so a counterexample fast-check prints can be replayed.
 */
export const PRISONS = ['HAREN', 'GENT', 'BRUGGE'] as const;
/** A prison code nobody is assigned to and no organisation serves. */
export const NO_PRISON = 'ATLANTIS';

export interface WorldOrganisation {
  id: string;
  prisonIds: string[];
}
export interface WorldPerson {
  id: string;
  organisationId: string;
}

/** The prisons an organisation can serve, for the seeded ones and those made for mutation runs. */
export const SERVED: string[][] = [['HAREN'], ['GENT', 'BRUGGE'], ['HAREN', 'GENT']];

export const organisations: WorldOrganisation[] = SERVED.map((prisonIds, o) => ({
  id: `0a000000-0000-4000-8000-00000000000${o + 1}`,
  prisonIds,
}));
export const people: WorldPerson[] = organisations.flatMap((organisation, o) =>
  [1, 2].map((n) => ({ id: `0b000000-0000-4000-8000-0000000000${o + 1}${n}`, organisationId: organisation.id })),
);
export const organisationById = new Map(organisations.map((o) => [o.id, o]));
export const personById = new Map(people.map((p) => [p.id, p]));
export const prisonsOf = (organisationId: string) => organisationById.get(organisationId)?.prisonIds ?? [];

/** Someone who is no person of the world. */
export const STRANGER = '0c000000-0000-4000-8000-000000000001';

const organisationRow = (o: WorldOrganisation, name: string) => ({ ...o, name, kind: 'PARTNER' as const, domains: ['WELFARE' as const] });
const personRow = (p: WorldPerson, n: number) => ({
  ...p,
  firstName: 'Vrijwilliger',
  lastName: `Tester${n}`,
  role: 'VOLUNTEER' as const,
  languages: ['nl'],
});

/** Writes the world, as the coordinators would have registered it. */
export async function seedWorld(prisma: PrismaClient): Promise<void> {
  await prisma.organisation.createMany({ data: organisations.map((o, i) => organisationRow(o, `Partner ${i + 1}`)) });
  await prisma.person.createMany({ data: people.map(personRow) });
  await prisma.clearance.createMany({
    data: people.flatMap((p) => [
      {
        personId: p.id,
        kind: 'PRISON_ACCESS' as const,
        prisonId: prisonsOf(p.organisationId)[0],
        validFrom: new Date('2020-01-01'),
        recordedBy: 'seed',
      },
      { personId: p.id, kind: 'TRAINING' as const, prisonId: null, validFrom: new Date('2020-01-01'), recordedBy: 'seed' },
    ]),
  });
}

const BATCH = 25;
let made = 0;

/**
 * Objects made for mutation runs, in batches, each handed out once: organisations serving the drawn
 * prisons, and people in the seeded organisations (so their own partner staff are drawn as callers),
 * which the reads leave out of what they compare.
 */
export function objectsForRuns(prisma: PrismaClient) {
  const take = handedOutOnce<string>();
  return {
    organisation: (prisonIds: string[]) =>
      take(`organisation:${prisonIds}`, async () => {
        const rows = Array.from({ length: BATCH }, () => ({ id: randomUUID(), prisonIds }));
        await prisma.organisation.createMany({ data: rows.map((o) => organisationRow(o, `Run partner ${++made}`)) });
        return rows.map((o) => o.id);
      }),
    person: (organisationId: string) =>
      take(`person:${organisationId}`, async () => {
        const rows = Array.from({ length: BATCH }, () => ({ id: randomUUID(), organisationId }));
        await prisma.person.createMany({ data: rows.map((p) => personRow(p, ++made)) });
        return rows.map((p) => p.id);
      }),
  };
}
