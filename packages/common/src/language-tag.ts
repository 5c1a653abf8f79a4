/** BCP 47 language tags as Intl understands them (nl, fr, en, nl-BE, ar, …): what the graph's language lists hold. */
export function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}
