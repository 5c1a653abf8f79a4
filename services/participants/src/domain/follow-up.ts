import { belgianDate, calendarDate } from '@cort/common';
import type { InputProblem } from '@cort/subgraph';

/**
 * The dropout follow-up: opened when an enrolment is marked DROPPED_OUT or after three unexcused absences
 * or refusals in a row, it waits (OPEN) for the coordinator's feedback conversation, which closes it DONE,
 * or is closed by the system (CLOSED, with the cause) when the participant leaves the prison. Nothing
 * follows DONE or CLOSED: a second conversation about the same follow-up is a conflict, not an edit.
 */

export const FOLLOW_UP_STATUSES = ['OPEN', 'DONE', 'CLOSED'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

export const FOLLOW_UP_TRIGGERS = ['DROPPED_OUT', 'ABSENCES'] as const;
export type FollowUpTrigger = (typeof FOLLOW_UP_TRIGGERS)[number];

/** Why someone stopped coming, as the participant tells it; also the reason codes of a withdrawal or dropout. */
export const DROPOUT_REASONS = [
  'SCHEDULE_CLASH_WORK',
  'SCHEDULE_CLASH_VISIT',
  'SCHEDULE_CLASH_OTHER_ACTIVITY',
  'NOT_BROUGHT_BY_PRISON',
  'CONTENT',
  'LEVEL',
  'LANGUAGE',
  'GROUP',
  'FACILITATOR',
  'HEALTH',
  'MOTIVATION',
  'PERSONAL_CIRCUMSTANCES',
  'SECURITY_MEASURE',
  'OTHER',
] as const;
export type DropoutReason = (typeof DROPOUT_REASONS)[number];

export const FOLLOW_UP_OUTCOMES = [
  'RESUMED',
  'NEXT_EDITION',
  'REFERRED_TO_OTHER_ACTIVITY',
  'REFERRED_TO_INDIVIDUAL_SUPPORT',
  'NO_FURTHER_ACTION',
  'DECLINED_CONVERSATION',
] as const;
export type FollowUpOutcome = (typeof FOLLOW_UP_OUTCOMES)[number];

/** Why a screening rejected a request. */
export const REJECTION_REASONS = ['NOT_SUITABLE', 'NOT_READY', 'SECURITY_ADVICE', 'NO_LONGER_INTERESTED', 'OTHER'] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

/** Why the system closed a follow-up: the participant left the prison. */
export const CLOSE_CAUSES = ['RELEASED', 'TRANSFERRED'] as const;
export type CloseCause = (typeof CLOSE_CAUSES)[number];

export const isClosed = (status: FollowUpStatus) => status !== 'OPEN';

/** Only an open follow-up is closed, by a conversation (DONE) or by the system (CLOSED). */
export const canClose = (from: FollowUpStatus, to: FollowUpStatus) => from === 'OPEN' && to !== 'OPEN';

export interface Conversation {
  /** The calendar day it was held (a Date at UTC midnight, as the Date scalar gives it). */
  heldOn: Date;
  reasons: readonly DropoutReason[];
  outcome: FollowUpOutcome;
  note?: string | null;
}

const NOTE_LIMIT = 2000;

/**
 * What is wrong with a conversation as recorded: one or more reasons (none needed when the participant
 * declined the conversation: then there is nobody to ask), each once; held on a day between the day the
 * follow-up was opened and today (Belgian time); a note of reasonable length.
 */
export function conversationProblems(conversation: Conversation, openedAt: Date, now: Date): InputProblem[] {
  const problems: InputProblem[] = [];
  const { reasons, outcome, heldOn, note } = conversation;
  if (outcome !== 'DECLINED_CONVERSATION' && reasons.length === 0)
    problems.push({ field: 'reasons', message: 'Give at least one reason, unless the participant declined the conversation.' });
  if (new Set(reasons).size !== reasons.length) problems.push({ field: 'reasons', message: 'Give each reason once.' });
  const day = calendarDate(heldOn);
  if (day > belgianDate(now)) problems.push({ field: 'heldOn', message: 'The conversation cannot be held on a day still to come.' });
  if (day < belgianDate(openedAt))
    problems.push({ field: 'heldOn', message: 'The conversation cannot be held before the follow-up was opened.' });
  if ((note?.length ?? 0) > NOTE_LIMIT) problems.push({ field: 'note', message: `Keep the note under ${NOTE_LIMIT} characters.` });
  return problems;
}

/** A note as kept: trimmed, and nothing rather than blanks. */
export const noteOf = (note: string | null | undefined) => note?.trim() || null;
