import { PRISONS, type Region } from '@cort/vocabulary';

/** The two regions whose prisons the Flemish Community serves. */
export type RegionCode = Region;

/**
 * The prisons of a region, from the shared reference list (prisons have no mutation and no event: they
 * are the same list everywhere), so a region report asks no other service at request time.
 */
export const prisonsOf = (region: RegionCode): string[] => PRISONS.filter((prison) => prison.region === region).map((prison) => prison.id);
