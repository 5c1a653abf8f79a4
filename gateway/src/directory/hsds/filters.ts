import type { DirectoryLanguage } from '../language';
import { badInput } from '../public-response';
import type { PublicActivity } from '../reads';
import { matchesSearch, searchWords } from '../search';
import { classificationIdsOf } from './taxonomy';

/** The HSDS API's filters of /services and /service_at_locations that this directory can answer, and `prison` (ours). */
export interface ServiceFilter {
  words: string[];
  organizationId?: string;
  taxonomyTermId?: string;
  taxonomyId?: string;
  /** A prison's code: the graph filters by it (PublicOffer's prisonId). */
  prisonId?: string;
}

/** Filters the spec has that the public offer cannot answer yet: refused rather than ignored, so no one gets a wrong list. */
const UNANSWERABLE: Record<string, string> = {
  modified_after: 'modified_after is not supported: the public offer does not say when an activity last changed.',
  postcode: 'postcode is not supported: prisons have no address in the directory yet.',
  proximity: 'proximity is not supported: prisons have no address in the directory yet.',
};

/** One value of a query parameter: given twice is an error, not a guess. */
export function single(query: Record<string, unknown>, name: string): string | undefined {
  const value = query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw badInput(name, `${name} may be given once.`);
  return value;
}

/** A boolean parameter: true or false. */
export function flag(query: Record<string, unknown>, name: string): boolean {
  const value = single(query, name);
  if (value === undefined || value === '' || value === 'false') return false;
  if (value === 'true') return true;
  throw badInput(name, `${name} must be true or false.`);
}

export function serviceFilterOf(query: Record<string, unknown>): ServiceFilter {
  for (const [name, message] of Object.entries(UNANSWERABLE)) if (single(query, name)) throw badInput(name, message);
  const prison = single(query, 'prison');
  return {
    words: searchWords(single(query, 'search') ?? ''),
    organizationId: single(query, 'organization_id') || undefined,
    taxonomyTermId: single(query, 'taxonomy_term_id') || undefined,
    taxonomyId: single(query, 'taxonomy_id') || undefined,
    prisonId: prison ? prison.toUpperCase() : undefined,
  };
}

/** The filters the gateway applies itself (the prison is the graph's). */
export function matchesServiceFilter(activity: PublicActivity, filter: ServiceFilter, language: DirectoryLanguage): boolean {
  if (filter.organizationId && activity.organisation?.id !== filter.organizationId) return false;
  const ids = filter.taxonomyTermId || filter.taxonomyId ? classificationIdsOf(activity) : undefined;
  if (filter.taxonomyTermId && !ids!.terms.includes(filter.taxonomyTermId)) return false;
  if (filter.taxonomyId && !ids!.taxonomies.includes(filter.taxonomyId)) return false;
  return matchesSearch(activity, filter.words, language);
}
