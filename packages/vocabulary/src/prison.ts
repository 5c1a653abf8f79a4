import type { LabelLanguage } from './labels';
import { enumVocabulary } from './vocabulary';

// The prisons of Flanders and Brussels with their region: reference data several services need without
// asking another (the activities service stores them, the organisations service reads a prison's region
// for its CORT's functions). One list, here; there is no mutation for prisons.

/** The regions the prisons are in. */
export const REGIONS = ['FLANDERS', 'BRUSSELS'] as const;
export type Region = (typeof REGIONS)[number];

/**
 * The Region enum of the activities subgraph (its database's enum) and of the reporting subgraph (region
 * reports): both register it through `vocabularyFor`, so neither can gain or lose a region this list lacks.
 */
export const REGION = enumVocabulary<Region>({
  name: 'Region',
  description: 'Where a prison is: the Flemish Community offers help in the prisons of both regions.',
  valuesConfig: {
    FLANDERS: { description: 'In the Flemish Region.' },
    BRUSSELS: { description: 'In the Brussels-Capital Region.' },
  },
});

/** A prison: its stable code, its region and its name in each language. */
export interface PrisonReference {
  id: string;
  region: Region;
  names: Record<LabelLanguage, string>;
}

const flemish = (id: string, nl: string, fr: string, en: string): PrisonReference => ({ id, region: 'FLANDERS', names: { nl, fr, en } });

/** The prisons of Flanders and Brussels, by stable code. */
export const PRISONS: readonly PrisonReference[] = [
  { id: 'HAREN', region: 'BRUSSELS', names: { nl: 'Gevangenis van Haren', fr: 'Prison de Haren', en: 'Haren Prison' } },
  flemish('ANTWERPEN', 'Gevangenis van Antwerpen', "Prison d'Anvers", 'Antwerp Prison'),
  flemish('BEVEREN', 'Gevangenis van Beveren', 'Prison de Beveren', 'Beveren Prison'),
  flemish('BRUGGE', 'Penitentiair Complex Brugge', 'Complexe pénitentiaire de Bruges', 'Bruges Penitentiary Complex'),
  flemish('DENDERMONDE', 'Gevangenis van Dendermonde', 'Prison de Termonde', 'Dendermonde Prison'),
  flemish('GENT', 'Gevangenis van Gent', 'Prison de Gand', 'Ghent Prison'),
  flemish('HASSELT', 'Gevangenis van Hasselt', 'Prison de Hasselt', 'Hasselt Prison'),
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

/** The region of a prison; undefined for a code that is no prison of the list. */
export const regionOfPrison = (prisonId: string): Region | undefined => PRISONS.find((prison) => prison.id === prisonId)?.region;
