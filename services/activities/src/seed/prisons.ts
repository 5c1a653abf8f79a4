import { PRISONS as REFERENCE_PRISONS, type PrisonReference } from '@cort/vocabulary';
import type { PrismaClient } from '../generated/prisma/client';

export interface PrisonSeed extends PrisonReference {
  rooms?: string[];
}

/**
 * The rooms of the demo's prisons, by prison code; other prisons get theirs later. The prisons themselves
 * (codes, regions, names) are the shared reference list of @cort/vocabulary.
 */
const DEMO_ROOMS: Record<string, string[]> = {
  HAREN: ['Leslokaal 1', 'Leslokaal 2', 'Sportzaal', 'Polyvalente zaal'],
  ANTWERPEN: ['Klaslokaal', 'Atelier', 'Sportzaal'],
  BRUGGE: ['Leslokaal', 'Atelier', 'Sportzaal'],
  GENT: ['Klaslokaal A', 'Klaslokaal B', 'Sportzaal'],
  HASSELT: ['Leslokaal', 'Polyvalente zaal', 'Sportzaal'],
};

/** The prisons of Flanders and Brussels with their rooms. Reference data, kept on every start. */
export const PRISONS: PrisonSeed[] = REFERENCE_PRISONS.map((prison) => ({ ...prison, rooms: DEMO_ROOMS[prison.id] }));

/** Adds the prisons and rooms that are missing; never changes or removes what is there. */
export async function ensurePrisons(prisma: PrismaClient): Promise<void> {
  await prisma.prison.createMany({
    data: PRISONS.map((p) => ({ id: p.id, region: p.region, nameNl: p.names.nl, nameFr: p.names.fr, nameEn: p.names.en })),
    skipDuplicates: true,
  });
  await prisma.location.createMany({
    data: PRISONS.flatMap((p) => (p.rooms ?? []).map((name) => ({ prisonId: p.id, name }))),
    skipDuplicates: true,
  });
}

/** The prisons the demo offer is spread over. */
export const DEMO_PRISONS = PRISONS.filter((p) => p.rooms?.length);
