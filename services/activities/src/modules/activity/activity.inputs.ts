import { DateResolver, DateTimeResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { ActivityCategory, ActivityDomain, Gender, LegalStatus, Weekday } from '../../shared/enums';

@InputType({ description: 'A text in Dutch, French and English; each optional.' })
export class LocalizedTextInput {
  @Field(() => String, { nullable: true })
  nl?: string | null;

  @Field(() => String, { nullable: true })
  fr?: string | null;

  @Field(() => String, { nullable: true })
  en?: string | null;
}

@InputType()
export class AudienceInput {
  @Field(() => [Gender])
  genders!: Gender[];

  @Field(() => [LegalStatus])
  legalStatuses!: LegalStatus[];
}

@InputType()
export class SessionInput {
  @Field(() => DateTimeResolver)
  startsAt!: Date;

  @Field(() => DateTimeResolver)
  endsAt!: Date;

  @Field(() => ID)
  locationId!: string;
}

@InputType({ description: 'A weekly rule: every chosen weekday between two dates, at the same time (prison time).' })
export class WeeklyRuleInput {
  @Field(() => [Weekday])
  weekdays!: Weekday[];

  @Field(() => String, { description: 'HH:mm' })
  startTime!: string;

  @Field(() => String, { description: 'HH:mm' })
  endTime!: string;

  @Field(() => DateResolver)
  from!: Date;

  @Field(() => DateResolver)
  to!: Date;

  @Field(() => ID)
  locationId!: string;
}

@InputType()
export class CreateActivityInput {
  @Field(() => ID)
  prisonId!: string;

  @Field(() => ID)
  organisationId!: string;

  @Field(() => ActivityCategory)
  category!: ActivityCategory;

  @Field(() => ActivityDomain)
  domain!: ActivityDomain;

  @Field(() => LocalizedTextInput)
  title!: LocalizedTextInput;

  @Field(() => LocalizedTextInput, { nullable: true })
  summary?: LocalizedTextInput | null;

  @Field(() => AudienceInput)
  audience!: AudienceInput;

  @Field(() => [String])
  instructionLanguages!: string[];

  @Field(() => Int)
  capacity!: number;

  @Field(() => Boolean, { defaultValue: false })
  screeningRequired!: boolean;

  @Field(() => DateResolver)
  startsOn!: Date;

  @Field(() => DateResolver)
  endsOn!: Date;

  @Field(() => [String], { nullable: true })
  objectives?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Persons of the organisation who facilitate the sessions.' })
  facilitatorIds?: string[] | null;

  @Field(() => [SessionInput], { nullable: true })
  sessions?: SessionInput[] | null;
}

@InputType({ description: 'Only the given fields change.' })
export class UpdateActivityInput {
  @Field(() => ActivityCategory, { nullable: true })
  category?: ActivityCategory | null;

  @Field(() => ActivityDomain, { nullable: true })
  domain?: ActivityDomain | null;

  @Field(() => LocalizedTextInput, { nullable: true })
  title?: LocalizedTextInput | null;

  @Field(() => LocalizedTextInput, { nullable: true })
  summary?: LocalizedTextInput | null;

  @Field(() => AudienceInput, { nullable: true })
  audience?: AudienceInput | null;

  @Field(() => [String], { nullable: true })
  instructionLanguages?: string[] | null;

  @Field(() => Int, { nullable: true })
  capacity?: number | null;

  @Field(() => Boolean, { nullable: true })
  screeningRequired?: boolean | null;

  @Field(() => DateResolver, { nullable: true })
  startsOn?: Date | null;

  @Field(() => DateResolver, { nullable: true })
  endsOn?: Date | null;

  @Field(() => [String], { nullable: true })
  objectives?: string[] | null;

  @Field(() => [ID], { nullable: true })
  facilitatorIds?: string[] | null;
}
