/** The directory's languages, as `?lang=` takes them (BCP 47) and as the graph's `Language` enum names them. */
export const DIRECTORY_LANGUAGES = ['nl', 'fr', 'en'] as const;
export type DirectoryLanguage = (typeof DIRECTORY_LANGUAGES)[number];
export type GraphLanguage = 'NL' | 'FR' | 'EN';

/** Nothing asked is Dutch, as in the graph. */
export const DEFAULT_LANGUAGE: DirectoryLanguage = 'nl';

/** How dates and lists are written: Belgian Dutch and French, British English ("2 December 2026"). */
export const intlLocale = (language: DirectoryLanguage) => ({ nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' })[language];

export const graphLanguage = (language: DirectoryLanguage): GraphLanguage => language.toUpperCase() as GraphLanguage;

export class UnknownLanguageError extends Error {
  constructor(readonly given: string) {
    super(`lang must be one of ${DIRECTORY_LANGUAGES.join(', ')}.`);
  }
}

/** `?lang=` of a request: absent or empty is Dutch; anything else but nl, fr, en is refused (not guessed). */
export function requestedLanguage(raw: unknown): DirectoryLanguage {
  if (raw === undefined || raw === '') return DEFAULT_LANGUAGE;
  const value = typeof raw === 'string' ? raw.toLowerCase() : '';
  if ((DIRECTORY_LANGUAGES as readonly string[]).includes(value)) return value as DirectoryLanguage;
  throw new UnknownLanguageError(String(raw));
}

/**
 * The language a text shown for `asked` is in, from the same text as the graph gives it in Dutch. The
 * graph falls back to nl, then fr, en, so a French or English text that differs from the Dutch one is
 * that language's own, and one equal to it is the Dutch text shown instead. Two mistakes are possible
 * until the graph says which language it served: a text written the same in both languages ("Yoga"),
 * where the mark does not matter, and an activity without any Dutch text, where the mark names Dutch
 * for what is French or English.
 */
export function languageShown(
  asked: DirectoryLanguage,
  shown: string | null | undefined,
  dutch: string | null | undefined,
): DirectoryLanguage | null {
  if (shown === null || shown === undefined) return null;
  return asked !== 'nl' && shown === dutch ? 'nl' : asked;
}
