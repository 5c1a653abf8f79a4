import type { PrismaClient } from '../generated/prisma/client';
import type { Region } from '../generated/prisma/enums';

export interface PrisonSeed {
  id: string;
  names: { nl: string; fr: string; en: string };
  region: Region;
  rooms?: string[];
}

const flemish = (id: string, nl: string, fr: string, en: string, rooms?: string[]): PrisonSeed => ({
  id,
  region: 'FLANDERS',
  names: { nl, fr, en },
  rooms,
});

/**
 * The prisons of Flanders and Brussels, by stable code. Reference data, kept on every start: there is no
 * mutation for prisons. Rooms are listed for the prisons of the demo; others get theirs later.
 */
export const PRISONS: PrisonSeed[] = [
  {
    id: 'HAREN',
    region: 'BRUSSELS',
    names: { nl: 'Gevangenis van Haren', fr: 'Prison de Haren', en: 'Haren Prison' },
    rooms: ['Leslokaal 1', 'Leslokaal 2', 'Sportzaal', 'Polyvalente zaal'],
  },
  flemish('ANTWERPEN', 'Gevangenis van Antwerpen', "Prison d'Anvers", 'Antwerp Prison', ['Klaslokaal', 'Atelier', 'Sportzaal']),
  flemish('BEVEREN', 'Gevangenis van Beveren', 'Prison de Beveren', 'Beveren Prison'),
  flemish('BRUGGE', 'Penitentiair Complex Brugge', 'Complexe pénitentiaire de Bruges', 'Bruges Penitentiary Complex', [
    'Leslokaal',
    'Atelier',
    'Sportzaal',
  ]),
  flemish('DENDERMONDE', 'Gevangenis van Dendermonde', 'Prison de Termonde', 'Dendermonde Prison'),
  flemish('GENT', 'Gevangenis van Gent', 'Prison de Gand', 'Ghent Prison', ['Klaslokaal A', 'Klaslokaal B', 'Sportzaal']),
  flemish('HASSELT', 'Gevangenis van Hasselt', 'Prison de Hasselt', 'Hasselt Prison', ['Leslokaal', 'Polyvalente zaal', 'Sportzaal']),
  flemish('IEPER', 'Gevangenis van Ieper', "Prison d'Ypres", 'Ypres Prison'),
  flemish('LEUVEN_CENTRAAL', 'Gevangenis Leuven-Centraal', 'Prison de Louvain central', 'Leuven Central Prison'),
  flemish('LEUVEN_HULP', 'Hulpgevangenis Leuven', 'Prison auxiliaire de Louvain', 'Leuven Auxiliary Prison'),
  flemish('MECHELEN', 'Gevangenis van Mechelen', 'Prison de Malines', 'Mechelen Prison'),
  flemish('MERKSPLAS', 'Gevangenis van Merksplas', 'Prison de Merksplas', 'Merksplas Prison'),
  flemish('OUDENAARDE', 'Gevangenis van Oudenaarde', "Prison d'Audenarde", 'Oudenaarde Prison'),
  flemish('RUISELEDE', 'Gevangenis van Ruiselede', 'Prison de Ruiselede', 'Ruiselede Prison'),
  flemish('TURNHOUT', 'Gevangenis van Turnhout', 'Prison de Turnhout', 'Turnhout Prison'),
  flemish('WORTEL', 'Gevangenis van Wortel', 'Prison de Wortel', 'Wortel Prison'),
];

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
