import { GENDER_LABELS, labelOf, LEGAL_STATUS_LABELS } from '@cort/vocabulary';
import { intlLocale, type DirectoryLanguage } from './language';

// The directory's sentences made of labels; the labels themselves are @cort/vocabulary's.

/** A BCP 47 code's name in the asked language ("fr" is "Frans" in Dutch), from the runtime's own data. */
export function languageName(code: string, language: DirectoryLanguage): string {
  try {
    return new Intl.DisplayNames([language], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

const ELIGIBILITY: Record<DirectoryLanguage, (genders: string, statuses: string) => string> = {
  nl: (genders, statuses) => `Voor ${genders} in de gevangenis, ${statuses}.`,
  fr: (genders, statuses) => `Pour ${genders} en prison, ${statuses}.`,
  en: (genders, statuses) => `For ${genders} in prison, ${statuses}.`,
};

/** Who may take part, in words: "For men and women in prison, on remand or convicted." */
export function eligibilityOf(audience: { genders: string[]; legalStatuses: string[] }, language: DirectoryLanguage): string {
  const and = new Intl.ListFormat(intlLocale(language), { type: 'conjunction' });
  const or = new Intl.ListFormat(intlLocale(language), { type: 'disjunction' });
  const genders = and.format(audience.genders.map((code) => labelOf(GENDER_LABELS, code, language)));
  const statuses = or.format(audience.legalStatuses.map((code) => labelOf(LEGAL_STATUS_LABELS, code, language)));
  return ELIGIBILITY[language](genders, statuses);
}
