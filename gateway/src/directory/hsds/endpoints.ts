import { directoryIds } from '../ids';
import { notFound } from '../public-response';
import type { DirectoryReads, PublicActivity } from '../reads';
import { folded, searchWords } from '../search';
import { flag, matchesServiceFilter, serviceFilterOf, single } from './filters';
import { hsdsLocation } from './location';
import { hsdsOrganizationOf, organisationsOf } from './organization';
import { hsdsService, hsdsServiceAtLocationOf, hsdsServiceSummary, type HsdsContext } from './service';
import { TAXONOMIES, allTerms, hsdsTaxonomy } from './taxonomy';

/** What an endpoint answers: one object, or a list that the route pages (or streams as ndjson). */
export type HsdsAnswer = { one: unknown } | { list: unknown[] };

type Query = Record<string, unknown>;
export type Endpoint = (query: Query, reads: DirectoryReads, context: HsdsContext, id?: string) => Promise<HsdsAnswer>;

async function filteredOffer(query: Query, reads: DirectoryReads, { language }: HsdsContext): Promise<PublicActivity[]> {
  const filter = serviceFilterOf(query);
  const offer = await reads.offer(language, { prisonId: filter.prisonId });
  return offer.filter((activity) => matchesServiceFilter(activity, filter, language));
}

const services: Endpoint = async (query, reads, context) => {
  const [minimal, full] = [flag(query, 'minimal'), flag(query, 'full')];
  const activities = await filteredOffer(query, reads, context);
  // `minimal`: as little as the service schema requires (the offer has no modification dates yet).
  if (minimal) return { list: activities.map(({ id, title }) => ({ id, name: title, status: 'active' })) };
  return { list: activities.map((activity) => (full ? hsdsService(activity, context) : hsdsServiceSummary(activity, context))) };
};

const service: Endpoint = async (_query, reads, context, id) => {
  const activity = await reads.activity(id!, context.language);
  if (!activity) throw notFound('This service');
  return { one: hsdsService(activity, context) };
};

const serviceAtLocation = (activity: PublicActivity, context: HsdsContext, full: boolean) => ({
  ...hsdsServiceAtLocationOf(activity, context.language),
  service: full ? hsdsService(activity, context) : hsdsServiceSummary(activity, context),
});

const serviceAtLocations: Endpoint = async (query, reads, context) => {
  const full = flag(query, 'full');
  return { list: (await filteredOffer(query, reads, context)).map((activity) => serviceAtLocation(activity, context, full)) };
};

const serviceAtLocationById: Endpoint = async (_query, reads, context, id) => {
  const activity = (await reads.offer(context.language)).find((candidate) => directoryIds.serviceAtLocation(candidate.id) === id);
  if (!activity) throw notFound('This service at location');
  return { one: serviceAtLocation(activity, context, true) };
};

function organizationOf(entry: ReturnType<typeof organisationsOf>[number], context: HsdsContext, services: 'none' | 'brief' | 'full') {
  const organization = hsdsOrganizationOf(entry.organisation, context.language);
  if (services === 'none') return organization;
  // Its services without their organization again (the one-to-one fields, or fully nested).
  const serviceOf = (activity: PublicActivity) => {
    const { organization: _same, ...rest } = services === 'full' ? hsdsService(activity, context) : hsdsServiceSummary(activity, context);
    return rest;
  };
  return { ...organization, services: entry.activities.map(serviceOf) };
}

const organizations: Endpoint = async (query, reads, context) => {
  const [full, fullService] = [flag(query, 'full'), flag(query, 'full_service')];
  const words = searchWords(single(query, 'search') ?? '');
  const entries = organisationsOf(await reads.offer(context.language)).filter((entry) =>
    words.every((word) => folded(entry.organisation.name).includes(word)),
  );
  const services = fullService ? 'full' : full ? 'brief' : 'none';
  return { list: entries.map((entry) => organizationOf(entry, context, services)) };
};

const organization: Endpoint = async (query, reads, context, id) => {
  const entry = organisationsOf(await reads.offer(context.language)).find((candidate) => candidate.organisation.id === id);
  if (!entry) throw notFound('This organization');
  return { one: organizationOf(entry, context, flag(query, 'full_service') ? 'full' : 'brief') };
};

const locations: Endpoint = async (query, reads, { language }) => {
  const words = searchWords(single(query, 'search') ?? '');
  const prisons = (await reads.prisons(language)).filter((prison) =>
    words.every((word) => folded(`${prison.name} ${prison.id}`).includes(word)),
  );
  return { list: prisons.map((prison) => hsdsLocation(prison, language)) };
};

const location: Endpoint = async (_query, reads, { language }, id) => {
  const prison = (await reads.prisons(language)).find((candidate) => directoryIds.location(candidate.id) === id);
  if (!prison) throw notFound('This location');
  return { one: hsdsLocation(prison, language) };
};

const taxonomies: Endpoint = async (_query, _reads, { language }) => ({
  list: TAXONOMIES.map((definition) => hsdsTaxonomy(definition, language)),
});

const taxonomy: Endpoint = async (_query, _reads, { language }, id) => {
  const found = TAXONOMIES.map((definition) => hsdsTaxonomy(definition, language)).find((candidate) => candidate.id === id);
  if (!found) throw notFound('This taxonomy');
  return { one: found };
};

const taxonomyTerms: Endpoint = async (query, _reads, { language }) => {
  const taxonomyId = single(query, 'taxonomy_id');
  // A flat list: every term is a top-level term, none has a parent.
  if (single(query, 'parent_id')) return { list: [] };
  return { list: allTerms(language).filter((term) => !taxonomyId || term.taxonomy_id === taxonomyId) };
};

const taxonomyTerm: Endpoint = async (_query, _reads, { language }, id) => {
  const found = allTerms(language).find((term) => term.id === id);
  if (!found) throw notFound('This taxonomy term');
  return { one: found };
};

/** The read-only HSDS 3.0 endpoints (and /locations, ours), by path. */
export const HSDS_ENDPOINTS: Record<string, Endpoint> = {
  '/services': services,
  '/services/:id': service,
  '/service_at_locations': serviceAtLocations,
  '/service_at_locations/:id': serviceAtLocationById,
  '/organizations': organizations,
  '/organizations/:id': organization,
  '/locations': locations,
  '/locations/:id': location,
  '/taxonomies': taxonomies,
  '/taxonomies/:id': taxonomy,
  '/taxonomy_terms': taxonomyTerms,
  '/taxonomy_terms/:id': taxonomyTerm,
};
