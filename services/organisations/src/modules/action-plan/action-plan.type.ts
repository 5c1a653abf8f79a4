import { Field, ID, Int, ObjectType } from 'type-graphql';

/** A prison's action plan for a year, or a few years. */
@ObjectType({
  description:
    "A prison's action plan for a year (or a few years, from `year` to `untilYear`), as its policy team set it: goals, each with its actions.",
})
export class ActionPlan {
  @Field(() => ID, { description: "The plan's id (a UUID)." })
  id!: string;

  @Field(() => String, { description: 'Its title.' })
  title!: string;

  @Field(() => Int, { description: 'The year it is for; its first year when it spans years.' })
  year!: number;

  /** Its last year when it spans years (the field resolver answers `year` otherwise). */
  untilYear!: number | null;

  prisonId!: string;
}

@ObjectType({ description: "A plan's progress: its actions DONE out of those not DROPPED." })
export class ActionPlanProgress {
  @Field(() => Int, { description: 'The actions DONE.' })
  done!: number;

  @Field(() => Int, { description: 'The actions not DROPPED.' })
  total!: number;
}

@ObjectType({ description: 'A goal of an action plan, reached through its actions.' })
export class Goal {
  @Field(() => ID, { description: "The goal's id (a UUID): what addAction takes." })
  id!: string;

  @Field(() => String, { description: 'What the goal is.' })
  title!: string;

  actionPlanId!: string;
}

@ObjectType({ description: 'What creating an action plan returns.' })
export class ActionPlanPayload {
  @Field(() => ActionPlan, { description: 'The plan, as it is now.' })
  actionPlan!: ActionPlan;
}

@ObjectType({ description: 'What adding a goal returns.' })
export class GoalPayload {
  @Field(() => Goal, { description: 'The goal added.' })
  goal!: Goal;
}
