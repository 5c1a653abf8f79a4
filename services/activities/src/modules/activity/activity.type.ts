import { DateResolver } from 'graphql-scalars';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Connection, Node } from '@cort/subgraph';
import { ActivityCategory, ActivityDomain, ActivityStatus, Gender, LegalStatus } from '../../shared/enums';

/** Who an activity is for: genders × legal statuses. */
@ObjectType({
  description: 'Who an activity is for: a participant may enrol when both their gender and their legal status are listed.',
})
export class Audience {
  @Field(() => [Gender], { description: 'The genders it is for; at least one.' })
  genders!: Gender[];

  @Field(() => [LegalStatus], { description: 'The legal statuses it is for; at least one.' })
  legalStatuses!: LegalStatus[];
}

/** The participants service describes its Activity the same way (composition keeps one description). */
const ACTIVITY_DESCRIPTION =
  "A group activity of a prison's offer (educational, psychosocial or socio-cultural), organised by a partner organisation and given in sessions. Published activities are public; the rest is seen by those who plan and run the offer of its prison.";

/**
 * A group activity of a prison's offer (educational, psychosocial, socio-cultural), organised by a
 * partner organisation. Title and summary are asked for in a language and fall back to nl, fr, en.
 */
@Directive('@key(fields: "id")')
@ObjectType({ implements: Node, description: ACTIVITY_DESCRIPTION })
export class Activity {
  @Field(() => ID, { description: "The activity's id (a UUID)." })
  id!: string;

  @Field(() => ActivityStatus, { description: 'Where it is in its life: DRAFT, PUBLISHED, ARCHIVED or CANCELLED.' })
  status!: ActivityStatus;

  @Field(() => String, { nullable: true, description: 'Why it was cancelled, when it was.' })
  statusReason!: string | null;

  @Field(() => ActivityCategory, { description: 'Educational, psychosocial or socio-cultural: how the annual report counts it.' })
  category!: ActivityCategory;

  @Field(() => ActivityDomain, { description: 'The policy domain it belongs to (welfare, education, sport, …).' })
  domain!: ActivityDomain;

  @Field(() => [String], { description: 'BCP 47 codes of the languages the activity is given in.' })
  instructionLanguages!: string[];

  @Field(() => Int, { description: 'How many participants can be enrolled at once.' })
  capacity!: number;

  @Field(() => Boolean, { description: 'Whether enrolment goes through screening first.' })
  screeningRequired!: boolean;

  @Field(() => Boolean, { description: "Whether a screening for it needs the prison's security advice first." })
  securityAdviceRequired!: boolean;

  @Field(() => DateResolver, { description: 'The first day of its period (prison time); no session starts before it.' })
  startsOn!: Date;

  @Field(() => DateResolver, { description: 'The last day of its period, included (prison time); no session ends after it.' })
  endsOn!: Date;

  @Field(() => [String], { description: 'What participants should gain from it, one objective per item, in the order given.' })
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

@ObjectType({ description: 'What a change of an activity returns: the activity as it is now.' })
export class ActivityPayload {
  @Field(() => Activity, { description: 'The activity, after the change.' })
  activity!: Activity;
}

export const ActivityConnection = Connection('Activity', Activity, 'activities');
