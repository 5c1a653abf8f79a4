import { fitsAudience, type EnrolledActivity, type Gender, type LegalStatus } from './eligibility';

// A change of circumstances: a participant whose gender or legal status changes keeps their open
// enrolments, but each whose activity's audience no longer fits them goes to a coordinator's review.
// The audience is judged by the same rule as a request (eligibility.ts), never silently acted on.

export const REVIEW_CAUSES = ['GENDER', 'LEGAL_STATUS'] as const;
export type ReviewCause = (typeof REVIEW_CAUSES)[number];
export type ReviewDecision = 'KEEP' | 'WITHDRAW';

interface Circumstances {
  gender: Gender;
  legalStatus: LegalStatus;
}

/**
 * Why an open enrolment in `activity` needs a review after the change `before → after`: the changed
 * circumstances the audience does not include, or none when the audience still fits (or nothing it
 * judges changed).
 */
export function reviewCauses(
  before: Circumstances,
  after: Circumstances,
  activity: Pick<EnrolledActivity, 'genders' | 'legalStatuses'>,
): ReviewCause[] {
  if (fitsAudience(after, activity)) return [];
  const causes: ReviewCause[] = [];
  if (before.gender !== after.gender && !activity.genders.includes(after.gender)) causes.push('GENDER');
  if (before.legalStatus !== after.legalStatus && !activity.legalStatuses.includes(after.legalStatus)) causes.push('LEGAL_STATUS');
  return causes;
}

export const NOTE_MAX_LENGTH = 1000;

/** The first problem of a decision, or null: keeping needs a note saying why; a withdrawal needs its reason too. */
export function decisionProblem(decision: ReviewDecision, note: string | null | undefined): { field: string; message: string } | null {
  const given = note?.trim() ?? '';
  if (!given)
    return {
      field: 'note',
      message:
        decision === 'KEEP'
          ? 'Say why the participant stays in an activity whose audience no longer includes them.'
          : 'Give the reason for the withdrawal.',
    };
  if (given.length > NOTE_MAX_LENGTH) return { field: 'note', message: `Keep the note under ${NOTE_MAX_LENGTH} characters.` };
  return null;
}
