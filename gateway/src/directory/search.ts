import { CATEGORY_LABELS, DOMAIN_LABELS, labelOf } from '@cort/vocabulary';
import type { DirectoryLanguage } from './language';
import type { PublicActivity } from './reads';

/** Lower case, without accents: "Écriture" is found by "ecriture". */
export const folded = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/** The words of a search, at most 20 of them (a search box, not a document). */
export const searchWords = (search: string) => folded(search).split(/\s+/).filter(Boolean).slice(0, 20);

/**
 * Whether an activity is found by every word of a search, in what the directory shows of it in that
 * language: title, summary, organisation, prison, category and domain.
 */
export function matchesSearch(activity: PublicActivity, words: readonly string[], language: DirectoryLanguage): boolean {
  if (words.length === 0) return true;
  const text = folded(
    [
      activity.title,
      activity.summary ?? '',
      activity.organisation?.name ?? '',
      activity.prison.name,
      labelOf(CATEGORY_LABELS, activity.category, language),
      labelOf(DOMAIN_LABELS, activity.domain, language),
    ].join(' '),
  );
  return words.every((word) => text.includes(word));
}
