import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { CancellationReason } from '../../shared/enums';
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

@InputType({
  description: 'A time window of one prison whose scheduled sessions are cancelled at once (a lockdown, a strike, a room out of use).',
})
export class CancelSessionsInput {
  @Field(() => ID, { description: 'The prison, e.g. HAREN; you must coordinate it.' })
  prisonId!: string;

  @Field(() => DateTimeResolver, { description: 'The window starts here (included): sessions starting from this instant.' })
  from!: Date;

  @Field(() => DateTimeResolver, { description: 'The window ends here (excluded); after from.' })
  to!: Date;

  @Field(() => ID, { nullable: true, description: 'Only the sessions in this room of the prison; every room when absent.' })
  locationId?: string | null;

  @Field(() => String, { description: 'Why, in words, kept as each session’s cancellationReason.' })
  reason!: string;

  @Field(() => CancellationReason, { description: 'Why, as a code the figures count by.' })
  reasonCode!: CancellationReason;
}
