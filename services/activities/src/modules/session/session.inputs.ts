import { Field, ID, InputType } from 'type-graphql';
import { SessionInput, WeeklyRuleInput } from '../activity/activity.inputs';

@InputType({ description: 'Sessions to add: an explicit list, a weekly rule, or both.' })
export class AddSessionsInput {
  @Field(() => ID, { description: 'The activity to schedule; a draft or published one of your prisons.' })
  activityId!: string;

  @Field(() => [SessionInput], { nullable: true, description: 'Sessions given one by one.' })
  sessions?: SessionInput[] | null;

  @Field(() => WeeklyRuleInput, { nullable: true, description: 'A rule that gives one session on each chosen weekday between two dates.' })
  weekly?: WeeklyRuleInput | null;
}
