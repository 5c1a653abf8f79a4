import { Field, ID, InputType } from 'type-graphql';
import { SessionInput, WeeklyRuleInput } from '../activity/activity.inputs';

@InputType({ description: 'Sessions to add: an explicit list, a weekly rule, or both.' })
export class AddSessionsInput {
  @Field(() => ID)
  activityId!: string;

  @Field(() => [SessionInput], { nullable: true })
  sessions?: SessionInput[] | null;

  @Field(() => WeeklyRuleInput, { nullable: true })
  weekly?: WeeklyRuleInput | null;
}
