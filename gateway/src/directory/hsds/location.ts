import { directoryIds } from '../ids';
import type { DirectoryLanguage } from '../language';

const IN_REGION: Record<string, Record<DirectoryLanguage, string>> = {
  FLANDERS: { nl: 'Gevangenis in Vlaanderen', fr: 'Prison en Flandre', en: 'Prison in Flanders' },
  BRUSSELS: { nl: 'Gevangenis in Brussel', fr: 'Prison à Bruxelles', en: 'Prison in Brussels' },
};

/**
 * A prison as an HSDS location: physical, named in the asked language, its code as the external
 * identifier (what the graph and the site call it). No address yet: the graph does not hold one.
 */
export function hsdsLocation(prison: { id: string; name: string; region?: string }, language: DirectoryLanguage) {
  const description = prison.region ? IN_REGION[prison.region]?.[language] : undefined;
  return {
    id: directoryIds.location(prison.id),
    location_type: 'physical',
    name: prison.name,
    ...(description ? { description } : {}),
    external_identifier: prison.id,
    external_identifier_type: 'cort-prison-code',
  };
}
