import { CATEGORY_LABELS, DOMAIN_LABELS, GENDER_LABELS, LEGAL_STATUS_LABELS } from '@cort/vocabulary';
import type { DirectoryLanguage } from '../language';
import { badInput } from '../public-response';
import type { PublicActivity } from '../reads';
import { matchesSearch, searchWords } from '../search';

/** What a visitor chose in the list's form; every field optional, all of them together narrow the list. */
export interface SiteFilter {
  prison?: string;
  category?: string;
  domain?: string;
  /** A gender or a legal status the activity is open to. */
  group?: string;
  /** An instruction language (BCP 47). */
  language?: string;
  q: string;
  page: number;
}

export const TARGET_GROUPS = [...Object.keys(GENDER_LABELS), ...Object.keys(LEGAL_STATUS_LABELS)];

const one = (query: Record<string, unknown>, name: string): string | undefined => {
  const value = query[name];
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') throw badInput(name, `${name} may be given once.`);
  return value;
};

function choice(query: Record<string, unknown>, name: string, allowed: readonly string[]): string | undefined {
  const value = one(query, name)?.toUpperCase();
  if (value !== undefined && !allowed.includes(value)) throw badInput(name, `${name} must be one of ${allowed.join(', ')}.`);
  return value;
}

/** The list's query, checked: a value the form never offers is refused, not silently ignored. */
export function siteFilterOf(query: Record<string, unknown>, prisonIds: readonly string[]): SiteFilter {
  const language = one(query, 'language');
  if (language !== undefined && !/^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(language))
    throw badInput('language', 'language must be a language code such as nl.');
  const page = one(query, 'page') ?? '1';
  if (!/^[1-9]\d{0,5}$/.test(page)) throw badInput('page', 'page must be a whole number of at least 1.');
  return {
    prison: choice(query, 'prison', prisonIds),
    category: choice(query, 'category', Object.keys(CATEGORY_LABELS)),
    domain: choice(query, 'domain', Object.keys(DOMAIN_LABELS)),
    group: choice(query, 'group', TARGET_GROUPS),
    language,
    q: (one(query, 'q') ?? '').slice(0, 200),
    page: Number(page),
  };
}

/** The filters the gateway applies to the offer the graph gave (prison and category are the graph's). */
export function matchesSiteFilter(activity: PublicActivity, filter: SiteFilter, language: DirectoryLanguage): boolean {
  if (filter.domain && activity.domain !== filter.domain) return false;
  if (filter.group && ![...activity.audience.genders, ...activity.audience.legalStatuses].includes(filter.group)) return false;
  if (filter.language && !activity.instructionLanguages.includes(filter.language)) return false;
  return matchesSearch(activity, searchWords(filter.q), language);
}

/** The filter as the list's query string (the form's names), for links that keep it. */
export const queryOf = (filter: SiteFilter, language: DirectoryLanguage) => ({
  lang: language,
  q: filter.q || undefined,
  prison: filter.prison,
  category: filter.category,
  domain: filter.domain,
  group: filter.group,
  language: filter.language,
});
