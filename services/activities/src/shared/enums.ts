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
import type * as Rules from '../domain/sessions-at-risk';
import {
  ActivityCategory,
  ActivityDomain,
  ActivityStatus,
  ActivityWarningCode,
  CancellationReason,
  Gender,
  LegalStatus,
  Region,
  SessionStatus,
} from '../generated/prisma/enums';

/**
 * GraphQL enums are the database's enums, so a value never needs mapping between the two. Gender,
 * LegalStatus (participants), ActivityCategory, SessionStatus, CancellationReason (reporting) and
 * ActivityDomain (organisations) are declared by those subgraphs too: their words come from
 * @cort/vocabulary, so every subgraph declares them alike.
 */
export const Language = { NL: 'NL', FR: 'FR', EN: 'EN' } as const;
export type Language = (typeof Language)[keyof typeof Language];

export const Weekday = {
  MONDAY: 'MONDAY',
  TUESDAY: 'TUESDAY',
  WEDNESDAY: 'WEDNESDAY',
  THURSDAY: 'THURSDAY',
  FRIDAY: 'FRIDAY',
  SATURDAY: 'SATURDAY',
  SUNDAY: 'SUNDAY',
} as const;
export type Weekday = (typeof Weekday)[keyof typeof Weekday];

registerEnumType(Language, {
  name: 'Language',
  description: 'A language of the directory: Dutch, French or English.',
  valuesConfig: { NL: { description: 'Dutch (nl).' }, FR: { description: 'French (fr).' }, EN: { description: 'English (en).' } },
});
registerEnumType(Weekday, {
  name: 'Weekday',
  description: 'A day of the week, in prison time (Europe/Brussels).',
  valuesConfig: {
    MONDAY: { description: 'Mondays.' },
    TUESDAY: { description: 'Tuesdays.' },
    WEDNESDAY: { description: 'Wednesdays.' },
    THURSDAY: { description: 'Thursdays.' },
    FRIDAY: { description: 'Fridays.' },
    SATURDAY: { description: 'Saturdays.' },
    SUNDAY: { description: 'Sundays.' },
  },
});
registerEnumType(Region, vocabularyFor(Region, REGION));
registerEnumType(ActivityCategory, vocabularyFor(ActivityCategory, ACTIVITY_CATEGORY));
registerEnumType(ActivityDomain, vocabularyFor(ActivityDomain, ACTIVITY_DOMAIN));
registerEnumType(ActivityStatus, {
  name: 'ActivityStatus',
  description: 'DRAFT → PUBLISHED → ARCHIVED, or CANCELLED.',
  valuesConfig: {
    DRAFT: { description: 'Being planned: seen only by those who plan and run the offer of its prison; not public, takes no enrolments.' },
    PUBLISHED: { description: 'In the public offer and open to enrolment.' },
    ARCHIVED: { description: 'Has run its course; kept for the record. Final: its open enrolments were closed.' },
    CANCELLED: { description: 'Called off, with the reason in statusReason. Final: its open enrolments were closed.' },
  },
});
registerEnumType(ActivityWarningCode, {
  name: 'ActivityWarningCode',
  description: 'What creating or publishing an activity warns about; the mutation goes through once each is in acknowledgedWarnings.',
  valuesConfig: {
    NO_CURRENT_AGREEMENT: {
      description:
        'The organisation has no agreement (recognition, cooperation or volunteer agreement) for the prison over the whole period.',
    },
  },
});
/** Why a facilitator cannot facilitate a planned session (the rule spells the same codes: domain/sessions-at-risk.ts). */
export enum FacilitatorRisk {
  NO_PRISON_ACCESS = 'NO_PRISON_ACCESS',
  PERSON_SUSPENDED = 'PERSON_SUSPENDED',
  PERSON_INACTIVE = 'PERSON_INACTIVE',
  UNKNOWN_PERSON = 'UNKNOWN_PERSON',
}
const sameRisks: [`${FacilitatorRisk}`] extends [Rules.FacilitatorRisk]
  ? [Rules.FacilitatorRisk] extends [`${FacilitatorRisk}`]
    ? true
    : never
  : never = true;
void sameRisks;
registerEnumType(FacilitatorRisk, {
  name: 'FacilitatorRisk',
  description: 'Why a facilitator cannot facilitate a planned session.',
  valuesConfig: {
    NO_PRISON_ACCESS: { description: 'They hold no valid prison access permit for the prison on the day: it lapsed or was withdrawn.' },
    PERSON_SUSPENDED: { description: 'They are suspended from a day on or before the session: they may not facilitate while it lasts.' },
    PERSON_INACTIVE: { description: 'They left their organisation (inactive) on a day on or before the session.' },
    UNKNOWN_PERSON: { description: 'The organisations service does not show such a person (any more).' },
  },
});
registerEnumType(Gender, vocabularyFor(Gender, GENDER));
registerEnumType(LegalStatus, vocabularyFor(LegalStatus, LEGAL_STATUS));
registerEnumType(SessionStatus, vocabularyFor(SessionStatus, SESSION_STATUS));
registerEnumType(CancellationReason, vocabularyFor(CancellationReason, CANCELLATION_REASON));

export {
  ActivityCategory,
  ActivityDomain,
  ActivityStatus,
  ActivityWarningCode,
  CancellationReason,
  Gender,
  LegalStatus,
  Region,
  SessionStatus,
};
