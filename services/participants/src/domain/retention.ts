import type { CustodyStatus } from './eligibility';

/**
 * Retention of participants' personal data. A participant released or transferred keeps their record for
 * a configured period after their record was closed (questions after a release, a transfer back, an
 * access request); after that their name, detainee number and profile are replaced. What the figures
 * are made of stays: ids, prison, gender, legal status, custody status, dates and enrolment statuses.
 */

/** The statuses of someone who left the prison: their record is closed and the period runs. */
export const LEFT_STATUSES = ['RELEASED', 'TRANSFERRED'] as const satisfies readonly CustodyStatus[];

export interface RetainedParticipant {
  status: CustodyStatus;
  /** When the record was closed (release or transfer). */
  statusChangedAt: Date | null;
  anonymisedAt: Date | null;
}

/**
 * Whether a participant is due for anonymisation at the cut-off (now minus the retention period): they
 * left before it and have not been anonymised yet. Without the date they left nobody is due: an unknown
 * date is never taken for an old one.
 */
export function isDueForAnonymisation(participant: RetainedParticipant, cutoff: Date): boolean {
  return (
    participant.anonymisedAt === null &&
    (LEFT_STATUSES as readonly CustodyStatus[]).includes(participant.status) &&
    participant.statusChangedAt !== null &&
    participant.statusChangedAt.getTime() < cutoff.getTime()
  );
}

/** What an anonymised participant's record shows instead of their names. */
export const ANONYMISED_NAME = 'Anonymised';

/**
 * The fields that identify a participant, as they are after anonymisation. The detainee number must stay
 * unique in the prison: it is made from the participant's own id (kept anyway, and meaningless outside
 * this service), and is longer than any real number can be (1 to 20 characters), so it never collides
 * with a detainee registered later.
 */
export function anonymisedIdentity(participantId: string) {
  return {
    firstName: ANONYMISED_NAME,
    lastName: ANONYMISED_NAME,
    detaineeNumber: `ANONYMISED-${participantId}`,
    languages: [] as string[],
    section: null,
  };
}
