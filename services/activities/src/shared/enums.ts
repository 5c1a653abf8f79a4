import { registerEnumType } from 'type-graphql';
import { ActivityCategory, ActivityDomain, ActivityStatus, Gender, LegalStatus, Region, SessionStatus } from '../generated/prisma/enums';

/** GraphQL enums are the database's enums, so a value never needs mapping between the two. */
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

registerEnumType(Language, { name: 'Language', description: 'A language of the directory: Dutch, French or English.' });
registerEnumType(Weekday, { name: 'Weekday' });
registerEnumType(Region, { name: 'Region' });
registerEnumType(ActivityCategory, { name: 'ActivityCategory' });
registerEnumType(ActivityDomain, { name: 'ActivityDomain' });
registerEnumType(ActivityStatus, { name: 'ActivityStatus', description: 'DRAFT → PUBLISHED → ARCHIVED, or CANCELLED.' });
registerEnumType(Gender, { name: 'Gender' });
registerEnumType(LegalStatus, { name: 'LegalStatus' });
registerEnumType(SessionStatus, { name: 'SessionStatus' });

export { ActivityCategory, ActivityDomain, ActivityStatus, Gender, LegalStatus, Region, SessionStatus };
