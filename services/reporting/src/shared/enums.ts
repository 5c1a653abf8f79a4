import {
  ACTIVITY_CATEGORY,
  ACTIVITY_DOMAIN,
  CANCELLATION_REASON,
  GENDER,
  LEGAL_STATUS,
  REGION,
  SESSION_STATUS,
  vocabularyFor,
} from '@cort/vocabulary';
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

/** The activities subgraph's ActivityDomain: the annual report's columns of the offer (text in ReportActivity). */
export const ActivityDomain = {
  WELFARE: 'WELFARE',
  EDUCATION: 'EDUCATION',
  SPORT: 'SPORT',
  EMPLOYMENT: 'EMPLOYMENT',
  CULTURE: 'CULTURE',
  HEALTH: 'HEALTH',
} as const;
export type ActivityDomain = (typeof ActivityDomain)[keyof typeof ActivityDomain];
registerEnumType(ActivityDomain, vocabularyFor(ActivityDomain, ACTIVITY_DOMAIN));

/** The participants subgraph's Gender and LegalStatus: the annual report's target groups. */
export const Gender = { MALE: 'MALE', FEMALE: 'FEMALE' } as const;
export type Gender = (typeof Gender)[keyof typeof Gender];
registerEnumType(Gender, vocabularyFor(Gender, GENDER));

export const LegalStatus = { SUSPECT: 'SUSPECT', CONVICTED: 'CONVICTED', INTERNED: 'INTERNED' } as const;
export type LegalStatus = (typeof LegalStatus)[keyof typeof LegalStatus];
registerEnumType(LegalStatus, vocabularyFor(LegalStatus, LEGAL_STATUS));

/** The activities subgraph's Region (the same vocabulary entry, so composition merges the two). */
export const Region = { FLANDERS: 'FLANDERS', BRUSSELS: 'BRUSSELS' } as const;
export type Region = (typeof Region)[keyof typeof Region];
registerEnumType(Region, vocabularyFor(Region, REGION));
