import { intlLocale, type DirectoryLanguage } from './language';

/** The graph's enum values in the directory's three languages (the graph answers the codes only). */
type Labels<Code extends string> = Record<Code, Record<DirectoryLanguage, string>>;

export const CATEGORY_LABELS = {
  EDUCATIONAL: { nl: 'Educatief', fr: 'Éducatif', en: 'Educational' },
  PSYCHOSOCIAL: { nl: 'Psychosociaal', fr: 'Psychosocial', en: 'Psychosocial' },
  SOCIOCULTURAL: { nl: 'Socio-cultureel', fr: 'Socioculturel', en: 'Sociocultural' },
} satisfies Labels<string>;

export const DOMAIN_LABELS = {
  WELFARE: { nl: 'Welzijn', fr: 'Bien-être', en: 'Welfare' },
  EDUCATION: { nl: 'Onderwijs', fr: 'Enseignement', en: 'Education' },
  SPORT: { nl: 'Sport', fr: 'Sport', en: 'Sport' },
  EMPLOYMENT: { nl: 'Werk', fr: 'Emploi', en: 'Employment' },
  CULTURE: { nl: 'Cultuur', fr: 'Culture', en: 'Culture' },
  HEALTH: { nl: 'Gezondheid', fr: 'Santé', en: 'Health' },
} satisfies Labels<string>;

/** As a group of people: "for men and women". */
export const GENDER_LABELS = {
  MALE: { nl: 'mannen', fr: 'hommes', en: 'men' },
  FEMALE: { nl: 'vrouwen', fr: 'femmes', en: 'women' },
} satisfies Labels<string>;

export const LEGAL_STATUS_LABELS = {
  SUSPECT: { nl: 'in voorlopige hechtenis', fr: 'en détention préventive', en: 'on remand' },
  CONVICTED: { nl: 'veroordeeld', fr: 'condamnés', en: 'convicted' },
  INTERNED: { nl: 'geïnterneerd', fr: 'internés', en: 'interned' },
} satisfies Labels<string>;

export const ORGANISATION_KIND_LABELS = {
  STRUCTURAL_PARTNER: {
    nl: 'Structurele partner van de Vlaamse Gemeenschap',
    fr: 'Partenaire structurel de la Communauté flamande',
    en: 'Structural partner of the Flemish Community',
  },
  PARTNER: { nl: 'Partnerorganisatie', fr: 'Organisation partenaire', en: 'Partner organisation' },
  VOLUNTEER_ORGANISATION: { nl: 'Vrijwilligersorganisatie', fr: 'Organisation de bénévoles', en: 'Volunteer organisation' },
} satisfies Labels<string>;

export const REGION_LABELS = {
  FLANDERS: { nl: 'Vlaanderen', fr: 'Flandre', en: 'Flanders' },
  BRUSSELS: { nl: 'Brussel', fr: 'Bruxelles', en: 'Brussels' },
} satisfies Labels<string>;

/** A code's label, or the code itself for a value added to the graph after these lists. */
export const labelOf = (labels: Labels<string>, code: string, language: DirectoryLanguage): string => labels[code]?.[language] ?? code;

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
