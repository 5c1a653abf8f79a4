import { ACTIVITY_CATEGORY, ACTIVITY_DOMAIN } from './activity';
import { GENDER, LEGAL_STATUS } from './audience';
import { CANCELLATION_REASON } from './session';
import type { EnumVocabulary } from './vocabulary';

// The graph's codes in the words people read, in the three languages of the directory and of the files
// (the annual report, the exports): the graph itself answers codes only. One list per code, for the
// public site and every file alike. A list of an enum of this vocabulary has exactly the enum's values
// (the compiler refuses a missing or an extra one).

/** The languages a label is written in. */
export type LabelLanguage = 'nl' | 'fr' | 'en';

/** Each code in each language. */
export type Labels<Code extends string> = Record<Code, Record<LabelLanguage, string>>;

/** The values of an enum of the vocabulary. */
type Codes<E> = E extends EnumVocabulary<infer V> ? V : never;

export const CATEGORY_LABELS = {
  EDUCATIONAL: { nl: 'Educatief', fr: 'Éducatif', en: 'Educational' },
  PSYCHOSOCIAL: { nl: 'Psychosociaal', fr: 'Psychosocial', en: 'Psychosocial' },
  SOCIOCULTURAL: { nl: 'Socio-cultureel', fr: 'Socioculturel', en: 'Sociocultural' },
} satisfies Labels<Codes<typeof ACTIVITY_CATEGORY>>;

export const DOMAIN_LABELS = {
  WELFARE: { nl: 'Welzijn', fr: 'Bien-être', en: 'Welfare' },
  EDUCATION: { nl: 'Onderwijs', fr: 'Enseignement', en: 'Education' },
  SPORT: { nl: 'Sport', fr: 'Sport', en: 'Sport' },
  EMPLOYMENT: { nl: 'Werk', fr: 'Emploi', en: 'Employment' },
  CULTURE: { nl: 'Cultuur', fr: 'Culture', en: 'Culture' },
  HEALTH: { nl: 'Gezondheid', fr: 'Santé', en: 'Health' },
} satisfies Labels<Codes<typeof ACTIVITY_DOMAIN>>;

/** As a group of people: "for men and women". */
export const GENDER_LABELS = {
  MALE: { nl: 'mannen', fr: 'hommes', en: 'men' },
  FEMALE: { nl: 'vrouwen', fr: 'femmes', en: 'women' },
} satisfies Labels<Codes<typeof GENDER>>;

export const LEGAL_STATUS_LABELS = {
  SUSPECT: { nl: 'in voorlopige hechtenis', fr: 'en détention préventive', en: 'on remand' },
  CONVICTED: { nl: 'veroordeeld', fr: 'condamnés', en: 'convicted' },
  INTERNED: { nl: 'geïnterneerd', fr: 'internés', en: 'interned' },
} satisfies Labels<Codes<typeof LEGAL_STATUS>>;

export const ORGANISATION_KIND_LABELS = {
  STRUCTURAL_PARTNER: {
    nl: 'Structurele partner van de Vlaamse Gemeenschap',
    fr: 'Partenaire structurel de la Communauté flamande',
    en: 'Structural partner of the Flemish Community',
  },
  PARTNER: { nl: 'Partnerorganisatie', fr: 'Organisation partenaire', en: 'Partner organisation' },
  VOLUNTEER_ORGANISATION: { nl: 'Vrijwilligersorganisatie', fr: 'Organisation de bénévoles', en: 'Volunteer organisation' },
} satisfies Labels<string>;

// The codes only the annual report shows: attendance, and the reasons of cancellations and dropouts.
export const ATTENDANCE_CODE_LABELS = {
  PRESENT: { nl: 'Aanwezig', fr: 'Présent', en: 'Present' },
  ABSENT_EXCUSED: { nl: 'Gewettigd afwezig', fr: 'Absent excusé', en: 'Absent, excused' },
  ABSENT_UNEXCUSED: { nl: 'Ongewettigd afwezig', fr: 'Absent non excusé', en: 'Absent, unexcused' },
  REFUSED: { nl: 'Geweigerd', fr: 'Refus', en: 'Refused' },
  CLASH: { nl: 'Samenvallende afspraak', fr: 'Conflit d’horaire', en: 'Clash' },
  NOT_REQUIRED: { nl: 'Niet verwacht', fr: 'Non attendu', en: 'Not required' },
  SESSION_CANCELLED: { nl: 'Sessie geannuleerd', fr: 'Séance annulée', en: 'Session cancelled' },
} satisfies Labels<string>;

export const CANCELLATION_REASON_LABELS = {
  LOCKDOWN: { nl: 'Lockdown', fr: 'Confinement', en: 'Lockdown' },
  STRIKE: { nl: 'Staking', fr: 'Grève', en: 'Strike' },
  FACILITATOR_ABSENT: { nl: 'Begeleider afwezig', fr: 'Animateur absent', en: 'Facilitator absent' },
  ROOM_UNAVAILABLE: { nl: 'Lokaal niet beschikbaar', fr: 'Local indisponible', en: 'Room unavailable' },
  TOO_FEW_PARTICIPANTS: { nl: 'Te weinig deelnemers', fr: 'Trop peu de participants', en: 'Too few participants' },
  PRISON_REGIME: { nl: 'Gevangenisregime', fr: 'Régime pénitentiaire', en: 'Prison regime' },
  OTHER: { nl: 'Andere', fr: 'Autre', en: 'Other' },
} satisfies Labels<Codes<typeof CANCELLATION_REASON>>;

export const DROPOUT_REASON_LABELS = {
  SCHEDULE_CLASH_WORK: { nl: 'Samenvallend met werk', fr: 'Conflit avec le travail', en: 'Clash with work' },
  SCHEDULE_CLASH_VISIT: { nl: 'Samenvallend met bezoek', fr: 'Conflit avec une visite', en: 'Clash with a visit' },
  SCHEDULE_CLASH_OTHER_ACTIVITY: {
    nl: 'Samenvallend met een andere activiteit',
    fr: 'Conflit avec une autre activité',
    en: 'Clash with another activity',
  },
  NOT_BROUGHT_BY_PRISON: { nl: 'Niet gebracht door de gevangenis', fr: 'Pas amené par la prison', en: 'Not brought by the prison' },
  CONTENT: { nl: 'Inhoud', fr: 'Contenu', en: 'Content' },
  LEVEL: { nl: 'Niveau', fr: 'Niveau', en: 'Level' },
  LANGUAGE: { nl: 'Taal', fr: 'Langue', en: 'Language' },
  GROUP: { nl: 'Groep', fr: 'Groupe', en: 'Group' },
  FACILITATOR: { nl: 'Begeleider', fr: 'Animateur', en: 'Facilitator' },
  HEALTH: { nl: 'Gezondheid', fr: 'Santé', en: 'Health' },
  MOTIVATION: { nl: 'Motivatie', fr: 'Motivation', en: 'Motivation' },
  PERSONAL_CIRCUMSTANCES: { nl: 'Persoonlijke omstandigheden', fr: 'Circonstances personnelles', en: 'Personal circumstances' },
  SECURITY_MEASURE: { nl: 'Veiligheidsmaatregel', fr: 'Mesure de sécurité', en: 'Security measure' },
  OTHER: { nl: 'Andere', fr: 'Autre', en: 'Other' },
} satisfies Labels<string>;

/** A code's label, or the code itself for a value added to the graph after these lists. */
export const labelOf = (labels: Labels<string>, code: string, language: LabelLanguage): string => labels[code]?.[language] ?? code;
