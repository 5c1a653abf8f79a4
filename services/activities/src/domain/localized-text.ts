export type Language = 'NL' | 'FR' | 'EN';

export interface LocalizedText {
  nl?: string | null;
  fr?: string | null;
  en?: string | null;
}

// The directory promises: the asked language, then Dutch, French, English; never null while any exists.
const FALLBACK: Language[] = ['NL', 'FR', 'EN'];

export function pickText(text: LocalizedText, language: Language): string | null {
  for (const candidate of [language, ...FALLBACK]) {
    const value = text[candidate.toLowerCase() as keyof LocalizedText];
    if (value && value.trim()) return value;
  }
  return null;
}

/** Blank strings count as absent, so "at least one title" cannot be met with whitespace. */
export function normaliseText(text: LocalizedText | null | undefined): Required<LocalizedText> {
  const clean = (value?: string | null) => (value && value.trim() ? value.trim() : null);
  return { nl: clean(text?.nl), fr: clean(text?.fr), en: clean(text?.en) };
}

export const hasAnyText = (text: LocalizedText) => Boolean(text.nl || text.fr || text.en);
