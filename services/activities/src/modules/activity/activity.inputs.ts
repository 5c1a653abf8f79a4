import { DateResolver, DateTimeResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { ActivityCategory, ActivityDomain, ActivityWarningCode, Gender, LegalStatus, Weekday } from '../../shared/enums';

@InputType({ description: 'A text in Dutch, French and English; each optional.' })
export class LocalizedTextInput {
  @Field(() => String, { nullable: true, description: 'The text in Dutch; blank or absent: none.' })
  nl?: string | null;

  @Field(() => String, { nullable: true, description: 'The text in French; blank or absent: none.' })
  fr?: string | null;

  @Field(() => String, { nullable: true, description: 'The text in English; blank or absent: none.' })
  en?: string | null;
}

@InputType({ description: 'Who an activity is for: the genders and the legal statuses it admits.' })
export class AudienceInput {
  @Field(() => [Gender], { description: 'The genders it is for; at least one.' })
  genders!: Gender[];

  @Field(() => [LegalStatus], { description: 'The legal statuses it is for; at least one.' })
  legalStatuses!: LegalStatus[];
}

@InputType({ description: 'One session to schedule: when, and in which room of the prison.' })
export class SessionInput {
  @Field(() => DateTimeResolver, { description: "When it starts; it must fall within the activity's period (prison time)." })
  startsAt!: Date;

  @Field(() => DateTimeResolver, { description: "When it ends: after startsAt, within the activity's period." })
  endsAt!: Date;

  @Field(() => ID, { description: 'The room (a Location id of the prison); it must be free for the whole session.' })
  locationId!: string;
}

@InputType({ description: 'A weekly rule: every chosen weekday between two dates, at the same time (prison time).' })
export class WeeklyRuleInput {
  @Field(() => [Weekday], { description: 'The days of the week it takes place on.' })
  weekdays!: Weekday[];

  @Field(() => String, { description: 'Start time of each session, HH:mm in prison time (Europe/Brussels).' })
  startTime!: string;

  @Field(() => String, { description: 'End time of each session, HH:mm in prison time, after startTime.' })
  endTime!: string;

  @Field(() => DateResolver, { description: 'The first day the rule applies, included.' })
  from!: Date;

  @Field(() => DateResolver, { description: 'The last day the rule applies, included.' })
  to!: Date;

  @Field(() => ID, { description: 'The room of every session (a Location id of the prison).' })
  locationId!: string;
}

@InputType({ description: 'A new activity, created as DRAFT; every text in as many of nl, fr and en as you have.' })
export class CreateActivityInput {
  @Field(() => ID, { description: 'The code of the prison it is for; one of yours.' })
  prisonId!: string;

  @Field(() => ID, { description: 'The partner organisation that organises it.' })
  organisationId!: string;

  @Field(() => ActivityCategory, { description: 'Educational, psychosocial or socio-cultural.' })
  category!: ActivityCategory;

  @Field(() => ActivityDomain, { description: 'The policy domain it belongs to.' })
  domain!: ActivityDomain;

  @Field(() => LocalizedTextInput, { description: 'Its title, in at least one language.' })
  title!: LocalizedTextInput;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'A short description for the directory, optional.' })
  summary?: LocalizedTextInput | null;

  @Field(() => AudienceInput, { description: 'Who it is for.' })
  audience!: AudienceInput;

  @Field(() => [String], { description: 'BCP 47 codes of the languages it is given in (nl, fr, en, ar, …).' })
  instructionLanguages!: string[];

  @Field(() => Int, { description: 'How many participants can be enrolled at once; at least 1.' })
  capacity!: number;

  @Field(() => Boolean, { defaultValue: false, description: 'Whether a request to enrol is screened before a place is given.' })
  screeningRequired!: boolean;

  @Field(() => Boolean, {
    defaultValue: false,
    description: "Whether a screening for it needs the prison's security advice first: a request for advice opens with each screening.",
  })
  securityAdviceRequired!: boolean;

  @Field(() => DateResolver, { description: 'The first day of its period.' })
  startsOn!: Date;

  @Field(() => DateResolver, { description: 'The last day of its period, included; on or after startsOn.' })
  endsOn!: Date;

  @Field(() => [String], { nullable: true, description: 'What participants should gain from it, one objective per item.' })
  objectives?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      "Persons of the organisation who facilitate the sessions; each needs a valid access permit for the prison on every session's day.",
  })
  facilitatorIds?: string[] | null;

  @Field(() => [SessionInput], { nullable: true, description: 'Sessions to schedule at once; more can be added with addSessions.' })
  sessions?: SessionInput[] | null;
  @Field(() => [ID], {
    nullable: true,
    description: "Wishes of the prison's needs assessments this activity answers (see needsOverview).",
  })
  answersWishIds?: string[] | null;

  @Field(() => [ActivityWarningCode], {
    nullable: true,
    description:
      'The warnings you go ahead despite (an organisation without an agreement for the prison over the period); creating refuses while one that applies is left out.',
  })
  acknowledgedWarnings?: ActivityWarningCode[] | null;
}

@InputType({ description: 'Only the given fields change; a field left out or null keeps its value.' })
export class UpdateActivityInput {
  @Field(() => ActivityCategory, { nullable: true, description: 'The new category.' })
  category?: ActivityCategory | null;

  @Field(() => ActivityDomain, { nullable: true, description: 'The new policy domain.' })
  domain?: ActivityDomain | null;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'The new title, in at least one language; it replaces all three.' })
  title?: LocalizedTextInput | null;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'The new summary; it replaces all three languages.' })
  summary?: LocalizedTextInput | null;

  @Field(() => AudienceInput, { nullable: true, description: 'The new audience, genders and legal statuses both.' })
  audience?: AudienceInput | null;

  @Field(() => [String], { nullable: true, description: 'The new instruction languages, BCP 47 codes.' })
  instructionLanguages?: string[] | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The new capacity, at least 1. Raised, it gives places to the waiting list; lowered, it un-enrols nobody.',
  })
  capacity?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether new requests are screened first.' })
  screeningRequired?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Whether new screenings need the prison's security advice first." })
  securityAdviceRequired?: boolean | null;

  @Field(() => DateResolver, { nullable: true, description: 'The new first day; scheduled sessions must stay inside the period.' })
  startsOn?: Date | null;

  @Field(() => DateResolver, { nullable: true, description: 'The new last day; scheduled sessions must stay inside the period.' })
  endsOn?: Date | null;

  @Field(() => [String], { nullable: true, description: 'The new objectives; they replace the old list.' })
  objectives?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'The new facilitators, replacing the old list; each needs a valid access permit on the scheduled days.',
  })
  facilitatorIds?: string[] | null;
  @Field(() => [ID], {
    nullable: true,
    description: "The wishes of the prison's needs assessments it answers, replacing the old list (an empty list: none).",
  })
  answersWishIds?: string[] | null;
}
