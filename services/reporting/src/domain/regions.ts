import { PRISONS } from '@cort/activities/prisons';

/** The two regions whose prisons the Flemish Community serves. */
export const REGIONS = ['FLANDERS', 'BRUSSELS'] as const;
export type RegionCode = (typeof REGIONS)[number];

/**
 * The prisons of a region, from the activities service's reference data (prisons have no mutation and no
 * event: they are the same list everywhere), so a region report asks no other service at request time.
 */
export const prisonsOf = (region: RegionCode): string[] => PRISONS.filter((prison) => prison.region === region).map((prison) => prison.id);
