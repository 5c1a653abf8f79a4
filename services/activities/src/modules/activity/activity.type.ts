import { DateResolver } from 'graphql-scalars';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from '@cort/subgraph';
import { ActivityCategory, ActivityDomain, ActivityStatus, Gender, LegalStatus } from '../../shared/enums';

/** Who an activity is for: genders × legal statuses. */
@ObjectType()
export class Audience {
  @Field(() => [Gender])
  genders!: Gender[];

  @Field(() => [LegalStatus])
  legalStatuses!: LegalStatus[];
}

/**
 * A group activity of a prison's offer (educational, psychosocial, socio-cultural), organised by a
 * partner organisation. Title and summary are asked for in a language and fall back to nl, fr, en.
 */
@Directive('@key(fields: "id")')
@ObjectType()
export class Activity {
  @Field(() => ID)
  id!: string;

  @Field(() => ActivityStatus)
  status!: ActivityStatus;

  @Field(() => String, { nullable: true, description: 'Why it was cancelled, when it was.' })
  statusReason!: string | null;

  @Field(() => ActivityCategory)
  category!: ActivityCategory;

  @Field(() => ActivityDomain)
  domain!: ActivityDomain;

  @Field(() => [String], { description: 'BCP 47 codes of the languages the activity is given in.' })
  instructionLanguages!: string[];

  @Field(() => Int, { description: 'How many participants can be enrolled at once.' })
  capacity!: number;

  @Field(() => Boolean, { description: 'Whether enrolment goes through screening first.' })
  screeningRequired!: boolean;

  @Field(() => DateResolver)
  startsOn!: Date;

  @Field(() => DateResolver)
  endsOn!: Date;

  @Field(() => [String])
  objectives!: string[];

  prisonId!: string;
  organisationId!: string;
  facilitatorIds!: string[];
  genders!: Gender[];
  legalStatuses!: LegalStatus[];
  titleNl!: string | null;
  titleFr!: string | null;
  titleEn!: string | null;
  summaryNl!: string | null;
  summaryFr!: string | null;
  summaryEn!: string | null;
}

@ObjectType()
export class ActivityPayload {
  @Field(() => Activity)
  activity!: Activity;
}

export const ActivityConnection = Connection('Activity', Activity);
