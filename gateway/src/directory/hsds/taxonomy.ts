import { CATEGORY_LABELS, DOMAIN_LABELS, GENDER_LABELS, LEGAL_STATUS_LABELS } from '@cort/vocabulary';
import { directoryIds } from '../ids';
import type { DirectoryLanguage } from '../language';
import type { PublicActivity } from '../reads';

/**
 * The directory's own classifications as HSDS taxonomies, so that a directory filters the offer the way
 * the site does (`taxonomy_term_id`, `taxonomy_id`): an activity's category and domain, and its
 * audience's genders and legal statuses (link_type `eligibility`: who may take part).
 */
interface TaxonomyDefinition {
  name: string;
  description: Record<DirectoryLanguage, string>;
  labels: Record<string, Record<DirectoryLanguage, string>>;
  /** The codes of an activity in this taxonomy. */
  codesOf: (activity: PublicActivity) => string[];
  linkType: string;
}

export const TAXONOMIES: TaxonomyDefinition[] = [
  {
    name: 'cort-category',
    description: { nl: 'Categorie van het aanbod', fr: "Catégorie de l'offre", en: 'Category of the offer' },
    labels: CATEGORY_LABELS,
    codesOf: (activity) => [activity.category],
    linkType: 'category',
  },
  {
    name: 'cort-domain',
    description: { nl: 'Domein van het aanbod', fr: "Domaine de l'offre", en: 'Domain of the offer' },
    labels: DOMAIN_LABELS,
    codesOf: (activity) => [activity.domain],
    linkType: 'domain',
  },
  {
    name: 'cort-gender',
    description: { nl: 'Doelgroep: gender', fr: 'Public cible : genre', en: 'Target group: gender' },
    labels: GENDER_LABELS,
    codesOf: (activity) => activity.audience.genders,
    linkType: 'eligibility',
  },
  {
    name: 'cort-legal-status',
    description: { nl: 'Doelgroep: juridisch statuut', fr: 'Public cible : statut juridique', en: 'Target group: legal status' },
    labels: LEGAL_STATUS_LABELS,
    codesOf: (activity) => activity.audience.legalStatuses,
    linkType: 'eligibility',
  },
];

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function hsdsTaxonomy(definition: TaxonomyDefinition, language: DirectoryLanguage) {
  return { id: directoryIds.taxonomy(definition.name), name: definition.name, description: definition.description[language] };
}

export function hsdsTaxonomyTerm(definition: TaxonomyDefinition, code: string, language: DirectoryLanguage) {
  const name = capitalised(definition.labels[code]?.[language] ?? code);
  return {
    id: directoryIds.taxonomyTerm(definition.name, code),
    code,
    name,
    description: `${name} (${definition.description[language]})`,
    taxonomy: definition.name,
    taxonomy_id: directoryIds.taxonomy(definition.name),
    language,
  };
}

/** Every term of every taxonomy, in the asked language. */
export const allTerms = (language: DirectoryLanguage) =>
  TAXONOMIES.flatMap((definition) => Object.keys(definition.labels).map((code) => hsdsTaxonomyTerm(definition, code, language)));

/** An activity's terms, as HSDS attributes of its service. */
export function attributesOf(activity: PublicActivity, language: DirectoryLanguage) {
  return TAXONOMIES.flatMap((definition) =>
    definition.codesOf(activity).map((code) => {
      const term = hsdsTaxonomyTerm(definition, code, language);
      return {
        id: directoryIds.attribute(activity.id, term.id),
        link_id: activity.id,
        link_type: definition.linkType,
        link_entity: 'service',
        taxonomy_term_id: term.id,
        taxonomy_term: term,
      };
    }),
  );
}

/** The ids of an activity's terms and of their taxonomies, for the `taxonomy_term_id` and `taxonomy_id` filters. */
export function classificationIdsOf(activity: PublicActivity): { terms: string[]; taxonomies: string[] } {
  const present = TAXONOMIES.filter((definition) => definition.codesOf(activity).length > 0);
  return {
    terms: TAXONOMIES.flatMap((definition) => definition.codesOf(activity).map((code) => directoryIds.taxonomyTerm(definition.name, code))),
    taxonomies: present.map((definition) => directoryIds.taxonomy(definition.name)),
  };
}
