import { DateResolver } from 'graphql-scalars';
import { Node } from '@cort/subgraph';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { NeedsAssessmentMethod } from '../../generated/prisma/enums';
import { ActivityDomain, Gender, LegalStatus } from '../../shared/enums';
import { Activity } from '../activity/activity.type';

// Only this subgraph declares it, so its words live here rather than in @cort/vocabulary.
registerEnumType(NeedsAssessmentMethod, {
  name: 'NeedsAssessmentMethod',
  description: 'How a needs assessment asked its target group.',
  valuesConfig: {
    SURVEY: { description: 'A written questionnaire.' },
    GROUP_TALK: { description: 'A conversation with a group of detainees.' },
    INTERVIEWS: { description: 'Individual interviews.' },
    REQUESTS_RECEIVED: { description: 'The requests detainees sent in (request forms, letters) over the period, counted.' },
    OTHER: { description: 'Another way, described in the note.' },
  },
});
export { NeedsAssessmentMethod };

@ObjectType({ description: 'Who a needs assessment asked: genders × legal statuses, optionally narrowed to the languages they speak.' })
export class TargetGroup {
  @Field(() => [Gender], { description: 'The genders asked; at least one.' })
  genders!: Gender[];

  @Field(() => [LegalStatus], { description: 'The legal statuses asked; at least one.' })
  legalStatuses!: LegalStatus[];

  @Field(() => [String], {
    description: 'BCP 47 codes of the languages the group speaks (e.g. those who speak neither nl nor fr); empty when not narrowed.',
  })
  languages!: string[];
}

@ObjectType({
  description:
    "A needs assessment of one prison: whom it asked, how, how many answered and what they wished for. Nothing in it identifies a person. Read by the prison's coordinators, prison staff and analysts.",
})
export class NeedsAssessment {
  @Field(() => ID, { description: "The assessment's id (a UUID)." })
  id!: string;

  @Field(() => DateResolver, { description: 'The first day it was conducted.' })
  conductedFrom!: Date;

  @Field(() => DateResolver, { description: 'The last day it was conducted, included.' })
  conductedUntil!: Date;

  @Field(() => NeedsAssessmentMethod, { description: 'How the target group was asked.' })
  method!: NeedsAssessmentMethod;

  @Field(() => Int, { description: 'How many detainees answered.' })
  respondents!: number;

  @Field(() => String, { nullable: true, description: 'What the coordinators noted about it; null when nothing.' })
  note!: string | null;

  prisonId!: string;
  genders!: Gender[];
  legalStatuses!: LegalStatus[];
  languages!: string[];
}

@Directive('@key(fields: "id")')
@ObjectType({ implements: Node, description: 'One wish of a needs assessment: a topic, its domain and how many respondents asked for it.' })
export class Wish {
  @Field(() => ID, { description: "The wish's id (a UUID): what answersWishIds names." })
  id!: string;

  @Field(() => ActivityDomain, { description: 'The policy domain the wish belongs to.' })
  domain!: ActivityDomain;

  @Field(() => Int, { description: 'How many respondents asked for it; never more than the assessment had.' })
  count!: number;

  assessmentId!: string;
  position!: number;
  topicNl!: string | null;
  topicFr!: string | null;
  topicEn!: string | null;
}

@ObjectType({ description: 'One wish of the needs overview, with the activities created or adjusted in answer to it.' })
export class NeedsOverviewEntry {
  @Field(() => Wish, { description: 'The wish.' })
  wish!: Wish;

  @Field(() => Boolean, { description: 'Whether one of the activities answering it has been published (reached the prisoners).' })
  answered!: boolean;

  @Field(() => [Activity], { description: 'The activities created or adjusted in answer to it, whatever their status; empty when none.' })
  activities!: Activity[];
}

@ObjectType({ description: 'What recording or changing a needs assessment returns: the assessment as it is now.' })
export class NeedsAssessmentPayload {
  @Field(() => NeedsAssessment, { description: 'The needs assessment, after the change.' })
  needsAssessment!: NeedsAssessment;
}
