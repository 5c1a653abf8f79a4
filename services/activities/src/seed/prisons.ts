import type { Region } from '../generated/prisma/enums';

export interface PrisonSeed {
  id: string;
  names: { nl: string; fr: string; en: string };
  region: Region;
  rooms: string[];
}

/** The prisons of the demo, with their codes; HAREN is the Brussels prison, the rest Flemish. */
export const PRISONS: PrisonSeed[] = [
  { id: 'HAREN', region: 'BRUSSELS', names: { nl: 'Gevangenis van Haren', fr: 'Prison de Haren', en: 'Haren Prison' }, rooms: ['Leslokaal 1', 'Leslokaal 2', 'Sportzaal', 'Polyvalente zaal'] },
  { id: 'ANTWERPEN', region: 'FLANDERS', names: { nl: 'Gevangenis van Antwerpen', fr: "Prison d'Anvers", en: 'Antwerp Prison' }, rooms: ['Klaslokaal', 'Atelier', 'Sportzaal'] },
  { id: 'GENT', region: 'FLANDERS', names: { nl: 'Gevangenis van Gent', fr: 'Prison de Gand', en: 'Ghent Prison' }, rooms: ['Klaslokaal A', 'Klaslokaal B', 'Sportzaal'] },
  { id: 'BRUGGE', region: 'FLANDERS', names: { nl: 'Penitentiair Complex Brugge', fr: 'Complexe pénitentiaire de Bruges', en: 'Bruges Penitentiary Complex' }, rooms: ['Leslokaal', 'Atelier', 'Sportzaal'] },
  { id: 'HASSELT', region: 'FLANDERS', names: { nl: 'Gevangenis van Hasselt', fr: 'Prison de Hasselt', en: 'Hasselt Prison' }, rooms: ['Leslokaal', 'Polyvalente zaal', 'Sportzaal'] },
];
