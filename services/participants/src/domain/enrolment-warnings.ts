// What the enrolment check warns a coordinator about before a request or an approval: none of it refuses,
// but a request or approval goes through only once every warning is acknowledged. A message never names
// anyone: above all not the other person of a non-association.

// UNFAVOURABLE_ADVICE comes from the screening's security advice (domain/security-advice.ts), not from the check.
export type EnrolmentWarningCode = 'NON_ASSOCIATION' | 'SCHEDULE_CLASH' | 'EARLIER_DROPOUT' | 'LANGUAGE' | 'UNFAVOURABLE_ADVICE';

export interface EnrolmentWarning {
  code: EnrolmentWarningCode;
  message: string;
}

/** What the warnings are judged on, read in one statement (enrolment-check.repository.ts) and from the rows. */
export interface WarningFacts {
  /** Someone they must be kept apart from (an open non-association) is enrolled, waitlisted or in screening in it. */
  keptApartFromSomeoneIn: boolean;
  /** A coming session of it overlaps a coming session of an activity they are ENROLLED in. */
  sessionClash: boolean;
  /** They dropped out of this activity, or of an earlier edition of it, before. */
  droppedOutBefore: boolean;
  /** BCP 47 codes: the languages they speak and the activity's instruction languages. */
  languages: readonly string[];
  instructionLanguages: readonly string[];
}

const primary = (tag: string) => tag.trim().toLowerCase().split('-')[0];

/** They speak none of the instruction languages; unknown languages on either side warn about nothing. */
export function speaksNone(languages: readonly string[], instructionLanguages: readonly string[]): boolean {
  if (!languages.length || !instructionLanguages.length) return false;
  const taught = new Set(instructionLanguages.map(primary));
  return !languages.some((language) => taught.has(primary(language)));
}

const MESSAGES: Record<Exclude<EnrolmentWarningCode, 'UNFAVOURABLE_ADVICE'>, string> = {
  NON_ASSOCIATION:
    'Someone this participant must be kept apart from is enrolled, waitlisted or in screening in this activity; check the non-associations before placing them.',
  SCHEDULE_CLASH: 'A coming session of this activity overlaps a session of an activity the participant is enrolled in.',
  EARLIER_DROPOUT: 'The participant dropped out of this activity, or of an earlier edition of it, before.',
  LANGUAGE: 'The participant speaks none of the instruction languages of this activity.',
};

/** The warning about someone kept apart from them, as the check gives it. */
export const nonAssociationWarning: EnrolmentWarning = { code: 'NON_ASSOCIATION', message: MESSAGES.NON_ASSOCIATION };

/** The warnings that apply, in a fixed order. */
export function enrolmentWarnings(facts: WarningFacts): EnrolmentWarning[] {
  const applies: Record<keyof typeof MESSAGES, boolean> = {
    NON_ASSOCIATION: facts.keptApartFromSomeoneIn,
    SCHEDULE_CLASH: facts.sessionClash,
    EARLIER_DROPOUT: facts.droppedOutBefore,
    LANGUAGE: speaksNone(facts.languages, facts.instructionLanguages),
  };
  return (Object.keys(MESSAGES) as (keyof typeof MESSAGES)[])
    .filter((code) => applies[code])
    .map((code) => ({ code, message: MESSAGES[code] }));
}

/** The codes of the warnings that apply and were not acknowledged: a request or approval goes through only without any. */
export const unacknowledged = (warnings: readonly EnrolmentWarning[], acknowledged: readonly string[] | null | undefined) =>
  warnings.map((w) => w.code).filter((code) => !(acknowledged ?? []).includes(code));

/** What the history keeps: the warnings that applied, each acknowledged (an acknowledgement of none that applied is not kept). */
export const acknowledgedOf = (warnings: readonly EnrolmentWarning[]) => warnings.map((w) => w.code);
