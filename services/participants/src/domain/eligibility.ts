import { belgianDate, calendarDate } from '@cort/common';

export type Gender = 'MALE' | 'FEMALE';
export type LegalStatus = 'SUSPECT' | 'CONVICTED' | 'INTERNED';
export type CustodyStatus = 'IN_CUSTODY' | 'RELEASED' | 'TRANSFERRED';
// The activities service owns activity statuses; this is the subset of its vocabulary we read.
export type ActivityStatus = 'DRAFT' | 'PUBLISHED' | 'ARCHIVED' | 'CANCELLED';

export interface EnrollingParticipant {
  prisonId: string;
  gender: Gender;
  legalStatus: LegalStatus;
  status: CustodyStatus;
}

export interface EnrolledActivity {
  prisonId: string;
  genders: readonly Gender[];
  legalStatuses: readonly LegalStatus[];
  status: ActivityStatus;
  endsOn: Date; // a calendar date (UTC midnight, as Prisma returns @db.Date)
  capacity: number;
  screeningRequired: boolean;
}

export type RefusalReason = 'OTHER_PRISON' | 'NOT_IN_CUSTODY' | 'ACTIVITY_NOT_OPEN' | 'NOT_ELIGIBLE_AUDIENCE';

export interface Refusal {
  reason: RefusalReason;
  message: string;
}

const refuse = (reason: RefusalReason, message: string): Refusal => ({ reason, message });

/** Whether the activity's audience (genders, legal statuses) includes the participant as they now are. */
export const fitsAudience = (
  participant: Pick<EnrollingParticipant, 'gender' | 'legalStatus'>,
  activity: Pick<EnrolledActivity, 'genders' | 'legalStatuses'>,
) => activity.genders.includes(participant.gender) && activity.legalStatuses.includes(participant.legalStatus);

/**
 * Every reason this participant cannot ask to join this activity today, the one to deal with first first:
 * the wrong prison or a participant who left makes the rest moot, and a closed activity is closed for
 * everyone. Capacity and screening do not refuse: they decide where the request lands (see placement).
 * Messages name no person and repeat none of the participant's data (legal status is criminal-offence
 * data), so they can be shown and logged as they are. "Today" is the day in Belgium, where the prisons
 * are, whatever the server's zone. The enrolment check lists them all; a request is refused with the first.
 */
export function enrolmentRefusals(participant: EnrollingParticipant, activity: EnrolledActivity, today: Date): Refusal[] {
  const refusals: Refusal[] = [];
  if (participant.prisonId !== activity.prisonId) {
    refusals.push(refuse('OTHER_PRISON', 'The participant and the activity are in different prisons; choose an activity of their prison.'));
  }
  if (participant.status !== 'IN_CUSTODY') {
    refusals.push(refuse('NOT_IN_CUSTODY', 'The participant is no longer in custody in this prison (released or transferred).'));
  }
  const lastDay = calendarDate(activity.endsOn);
  if (activity.status !== 'PUBLISHED') {
    refusals.push(
      refuse('ACTIVITY_NOT_OPEN', `The activity is ${activity.status.toLowerCase()}; only a published activity takes enrolments.`),
    );
  } else if (lastDay < belgianDate(today)) {
    refusals.push(refuse('ACTIVITY_NOT_OPEN', `The activity ended on ${lastDay}; it takes no more enrolments.`));
  }
  if (!fitsAudience(participant, activity)) {
    refusals.push(
      refuse(
        'NOT_ELIGIBLE_AUDIENCE',
        "The participant is outside the activity's audience (gender or legal status); choose an activity meant for them.",
      ),
    );
  }
  return refusals;
}

/** Why this participant cannot ask to join this activity today (the first of enrolmentRefusals), or null. */
export const enrolmentRefusal = (participant: EnrollingParticipant, activity: EnrolledActivity, today: Date): Refusal | null =>
  enrolmentRefusals(participant, activity, today)[0] ?? null;
