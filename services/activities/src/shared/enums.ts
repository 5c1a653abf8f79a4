import { registerEnumType } from 'type-graphql';
import { ActivityCategory, ActivityDomain, ActivityStatus, Gender, LegalStatus, Region, SessionStatus } from '../generated/prisma/enums';

/**
 * GraphQL enums are the database's enums, so a value never needs mapping between the two. Gender,
 * LegalStatus (participants), ActivityCategory (reporting) and ActivityDomain (organisations) are declared
 * by those subgraphs too, with the same values and descriptions: composition keeps one of each.
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
registerEnumType(Region, {
  name: 'Region',
  description: 'Where a prison is: the Flemish Community offers help in the prisons of both regions.',
  valuesConfig: {
    FLANDERS: { description: 'In the Flemish Region.' },
    BRUSSELS: { description: 'In the Brussels-Capital Region.' },
  },
});
registerEnumType(ActivityCategory, {
  name: 'ActivityCategory',
  description: "What kind of help an activity offers: the three categories of the offer and of the annual report's tables.",
  valuesConfig: {
    EDUCATIONAL: { description: 'Education and training: language and literacy classes, courses, vocational training.' },
    PSYCHOSOCIAL: { description: 'Psychosocial support: therapy and discussion groups, trajectory counselling.' },
    SOCIOCULTURAL: { description: 'Socio-cultural activities: culture, sport, creative workshops, leisure.' },
  },
});
registerEnumType(ActivityDomain, {
  name: 'ActivityDomain',
  description: "A policy domain of the Flemish Community's help to detainees: of an activity, or of an organisation's work.",
  valuesConfig: {
    WELFARE: { description: 'Welfare and social work.' },
    EDUCATION: { description: 'Education and training.' },
    SPORT: { description: 'Sport and exercise.' },
    EMPLOYMENT: { description: 'Work and guidance to employment.' },
    CULTURE: { description: 'Culture, arts and libraries.' },
    HEALTH: { description: 'Health care and prevention, mental health included.' },
  },
});
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
registerEnumType(Gender, {
  name: 'Gender',
  description: "A participant's gender as the prison registers it, or one an activity's audience is for.",
  valuesConfig: { MALE: { description: 'Men.' }, FEMALE: { description: 'Women.' } },
});
registerEnumType(LegalStatus, {
  name: 'LegalStatus',
  description:
    "A detainee's legal situation, or one an activity's audience is for. Of a participant it is criminal-offence data (GDPR Art. 10): the coordinators and prison staff of their prison see it, nobody else.",
  valuesConfig: {
    SUSPECT: { description: 'In pre-trial detention: not (yet) finally sentenced.' },
    CONVICTED: { description: 'Serving a final sentence.' },
    INTERNED: { description: 'Interned: held under a protective measure for a mental disorder, not a sentence.' },
  },
});
registerEnumType(SessionStatus, {
  name: 'SessionStatus',
  description: 'Whether a session is still to take place, took place, or was cancelled.',
  valuesConfig: {
    SCHEDULED: { description: 'Planned: it takes place unless it is cancelled.' },
    HELD: { description: 'It took place.' },
    CANCELLED: { description: 'It will not take place (cancellationReason says why); its room is free again.' },
  },
});

export { ActivityCategory, ActivityDomain, ActivityStatus, Gender, LegalStatus, Region, SessionStatus };
