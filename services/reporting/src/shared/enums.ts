import { ACTIVITY_CATEGORY, CANCELLATION_REASON, SESSION_STATUS, vocabularyFor } from '@cort/vocabulary';
import { registerEnumType } from 'type-graphql';
import { ActivityCategory } from '../generated/prisma/enums';

// The activities subgraph's enums: their words come from the shared vocabulary, so composition merges the two.
registerEnumType(ActivityCategory, vocabularyFor(ActivityCategory, ACTIVITY_CATEGORY));

export { ActivityCategory };

/** The activities subgraph's SessionStatus; the values reporting keeps as text in ReportSession.status. */
export const SessionStatus = { SCHEDULED: 'SCHEDULED', HELD: 'HELD', CANCELLED: 'CANCELLED' } as const;
export type SessionStatus = (typeof SessionStatus)[keyof typeof SessionStatus];
registerEnumType(SessionStatus, vocabularyFor(SessionStatus, SESSION_STATUS));

/** The activities subgraph's CancellationReason; kept as text in ReportSession. */
export const CancellationReason = {
  LOCKDOWN: 'LOCKDOWN',
  STRIKE: 'STRIKE',
  FACILITATOR_ABSENT: 'FACILITATOR_ABSENT',
  ROOM_UNAVAILABLE: 'ROOM_UNAVAILABLE',
  TOO_FEW_PARTICIPANTS: 'TOO_FEW_PARTICIPANTS',
  PRISON_REGIME: 'PRISON_REGIME',
  OTHER: 'OTHER',
} as const;
export type CancellationReason = (typeof CancellationReason)[keyof typeof CancellationReason];
registerEnumType(CancellationReason, vocabularyFor(CancellationReason, CANCELLATION_REASON));
