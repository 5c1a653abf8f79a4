import { DateResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { ActivityDomain, Gender, LegalStatus } from '../../shared/enums';
import { LocalizedTextInput } from '../activity/activity.inputs';
import { NeedsAssessmentMethod } from './needs-assessment.type';

@InputType({ description: 'Who was asked: genders × legal statuses, and optionally the languages they speak.' })
export class TargetGroupInput {
  @Field(() => [Gender], { description: 'The genders asked; at least one.' })
  genders!: Gender[];

  @Field(() => [LegalStatus], { description: 'The legal statuses asked; at least one.' })
  legalStatuses!: LegalStatus[];

  @Field(() => [String], {
    nullable: true,
    description: 'BCP 47 codes of the languages they speak; leave out when not narrowed by language.',
  })
  languages?: string[] | null;
}

@InputType({ description: 'One wish the respondents named.' })
export class WishInput {
  @Field(() => LocalizedTextInput, { description: 'The topic, in at least one of nl, fr, en.' })
  topic!: LocalizedTextInput;

  @Field(() => ActivityDomain, { description: 'The policy domain it belongs to.' })
  domain!: ActivityDomain;

  @Field(() => Int, { description: 'How many respondents asked for it: at least 1, at most the number of respondents.' })
  count!: number;
}

@InputType({ description: 'A needs assessment of one prison, as conducted.' })
export class RecordNeedsAssessmentInput {
  @Field(() => ID, { description: 'The code of the prison; one of yours.' })
  prisonId!: string;

  @Field(() => DateResolver, { description: 'The first day it was conducted.' })
  conductedFrom!: Date;

  @Field(() => DateResolver, { description: 'The last day it was conducted, on or after conductedFrom.' })
  conductedUntil!: Date;

  @Field(() => NeedsAssessmentMethod, { description: 'How the target group was asked.' })
  method!: NeedsAssessmentMethod;

  @Field(() => Int, { description: 'How many detainees answered; at least 1.' })
  respondents!: number;

  @Field(() => TargetGroupInput, { description: 'Who was asked.' })
  targetGroup!: TargetGroupInput;

  @Field(() => [WishInput], { description: 'What they wished for; at least one.' })
  wishes!: WishInput[];

  @Field(() => String, { nullable: true, description: 'A note for the coordinators; never name a detainee in it.' })
  note?: string | null;
}

@InputType({ description: 'A wish of an assessment being changed: with the id of one it has, that wish changes; without, it is added.' })
export class UpdateWishInput extends WishInput {
  @Field(() => ID, { nullable: true, description: 'The id of a wish of this assessment to change; leave out to add a wish.' })
  id?: string | null;
}

@InputType({ description: 'Only the given fields change; a field left out or null keeps its value.' })
export class UpdateNeedsAssessmentInput {
  @Field(() => ID, { description: 'The id of the needs assessment.' })
  id!: string;

  @Field(() => DateResolver, { nullable: true, description: 'The new first day.' })
  conductedFrom?: Date | null;

  @Field(() => DateResolver, { nullable: true, description: 'The new last day, on or after the first.' })
  conductedUntil?: Date | null;

  @Field(() => NeedsAssessmentMethod, { nullable: true, description: 'The new method.' })
  method?: NeedsAssessmentMethod | null;

  @Field(() => Int, { nullable: true, description: 'The new number of respondents; every wish count must stay within it.' })
  respondents?: number | null;

  @Field(() => TargetGroupInput, { nullable: true, description: 'The new target group, replacing the old one.' })
  targetGroup?: TargetGroupInput | null;

  @Field(() => [UpdateWishInput], {
    nullable: true,
    description:
      'The wishes, replacing the list: those with an id keep it (and the activities answering them), those without are added, and those left out are removed. A wish an activity answers cannot be removed.',
  })
  wishes?: UpdateWishInput[] | null;

  @Field(() => String, { nullable: true, description: 'The new note; an empty one clears it.' })
  note?: string | null;
}
