import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'A new action plan of one of your prisons.' })
export class CreateActionPlanInput {
  @Field(() => ID, { description: 'The code of the prison, one of yours as its policy coordinator.' })
  prisonId!: string;

  @Field(() => Int, { description: 'The year it is for (2000–2100), its first when it spans years.' })
  year!: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'For a plan spanning years, the last year it covers: from `year` to at most four years after it (five years in all). Default: `year`.',
  })
  untilYear?: number | null;

  @Field(() => String, { description: 'Its title; not blank.' })
  title!: string;
}

@InputType({ description: 'A new goal of an action plan.' })
export class AddGoalInput {
  @Field(() => ID, { description: 'The plan.' })
  actionPlanId!: string;

  @Field(() => String, { description: 'What the goal is; not blank.' })
  title!: string;
}
