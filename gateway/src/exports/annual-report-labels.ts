import {
  ATTENDANCE_CODE_LABELS,
  CANCELLATION_REASON_LABELS,
  CATEGORY_LABELS,
  DOMAIN_LABELS,
  DROPOUT_REASON_LABELS,
  GENDER_LABELS,
  labelOf,
  LEGAL_STATUS_LABELS,
  type Labels,
} from '@cort/vocabulary';
import type { Language } from './annual-report-tables';

// The codes of the annual report in words: the lists of @cort/vocabulary, the same ones the public site
// shows, per column of the report's tables.

/** Each code column of the report's tables and its list of labels. */
export const REPORT_LABELS = {
  category: CATEGORY_LABELS,
  domain: DOMAIN_LABELS,
  gender: GENDER_LABELS,
  legalStatus: LEGAL_STATUS_LABELS,
  code: ATTENDANCE_CODE_LABELS,
  cancellation: CANCELLATION_REASON_LABELS,
  dropout: DROPOUT_REASON_LABELS,
} satisfies Record<string, Labels<string>>;

/** A code in the file's language (a code added to the graph after these lists shows as itself). */
export const label = (kind: keyof typeof REPORT_LABELS, code: string, language: Language) => labelOf(REPORT_LABELS[kind], code, language);

/** A month's name in the file's language ("maart", "mars", "March"), from the runtime's own data. */
export const monthName = (month: number, language: Language) =>
  new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, month - 1, 1)));
