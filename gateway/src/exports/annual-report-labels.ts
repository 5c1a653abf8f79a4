import { CATEGORY_LABELS, DOMAIN_LABELS, GENDER_LABELS, labelOf, LEGAL_STATUS_LABELS } from '../directory/labels';
import type { Language } from './annual-report-tables';

// The codes of the annual report in words. The offer's classification and the target groups reuse the
// directory's labels (one list for the public site and the files); the codes only the report shows
// (attendance, cancellation and dropout reasons) are here, in the same shape.

type Labels = Record<string, Record<Language, string>>;

export const ATTENDANCE_CODE_LABELS = {
  PRESENT: { nl: 'Aanwezig', fr: 'Présent', en: 'Present' },
  ABSENT_EXCUSED: { nl: 'Gewettigd afwezig', fr: 'Absent excusé', en: 'Absent, excused' },
  ABSENT_UNEXCUSED: { nl: 'Ongewettigd afwezig', fr: 'Absent non excusé', en: 'Absent, unexcused' },
  REFUSED: { nl: 'Geweigerd', fr: 'Refus', en: 'Refused' },
  CLASH: { nl: 'Samenvallende afspraak', fr: 'Conflit d’horaire', en: 'Clash' },
  NOT_REQUIRED: { nl: 'Niet verwacht', fr: 'Non attendu', en: 'Not required' },
  SESSION_CANCELLED: { nl: 'Sessie geannuleerd', fr: 'Séance annulée', en: 'Session cancelled' },
} satisfies Labels;

export const CANCELLATION_REASON_LABELS = {
  LOCKDOWN: { nl: 'Lockdown', fr: 'Confinement', en: 'Lockdown' },
  STRIKE: { nl: 'Staking', fr: 'Grève', en: 'Strike' },
  FACILITATOR_ABSENT: { nl: 'Begeleider afwezig', fr: 'Animateur absent', en: 'Facilitator absent' },
  ROOM_UNAVAILABLE: { nl: 'Lokaal niet beschikbaar', fr: 'Local indisponible', en: 'Room unavailable' },
  TOO_FEW_PARTICIPANTS: { nl: 'Te weinig deelnemers', fr: 'Trop peu de participants', en: 'Too few participants' },
  PRISON_REGIME: { nl: 'Gevangenisregime', fr: 'Régime pénitentiaire', en: 'Prison regime' },
  OTHER: { nl: 'Andere', fr: 'Autre', en: 'Other' },
} satisfies Labels;

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
} satisfies Labels;

/** Each code column of the report's tables and its list of labels. */
export const REPORT_LABELS = {
  category: CATEGORY_LABELS,
  domain: DOMAIN_LABELS,
  gender: GENDER_LABELS,
  legalStatus: LEGAL_STATUS_LABELS,
  code: ATTENDANCE_CODE_LABELS,
  cancellation: CANCELLATION_REASON_LABELS,
  dropout: DROPOUT_REASON_LABELS,
} satisfies Record<string, Labels>;

/** A code in the file's language (a code added to the graph after these lists shows as itself). */
export const label = (kind: keyof typeof REPORT_LABELS, code: string, language: Language) => labelOf(REPORT_LABELS[kind], code, language);

/** A month's name in the file's language ("maart", "mars", "March"), from the runtime's own data. */
export const monthName = (month: number, language: Language) =>
  new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, month - 1, 1)));
