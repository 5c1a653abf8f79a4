import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { lastYearOf } from '../../domain/action-plan-span';
import { progressOf } from '../../domain/action-status';
import { Action } from '../action/action.type';
import { AddGoalInput, CreateActionPlanInput } from './action-plan.inputs';
import { actionPlansOf, addGoal, createActionPlan } from './action-plan.service';
import { ActionPlan, ActionPlanPayload, ActionPlanProgress, Goal, GoalPayload } from './action-plan.type';

@Resolver(() => ActionPlan)
export class ActionPlanResolver {
  @Query(() => [ActionPlan], {
    description: 'The action plans of one of your prisons covering a year (plans spanning years included), oldest first.',
  })
  actionPlans(
    @Arg('prisonId', () => ID, { description: 'The code of the prison, one of yours.' }) prisonId: string,
    @Arg('year', () => Int, { description: 'The year; a plan spanning years is listed in each year it covers.' }) year: number,
    @Ctx() ctx: Context,
  ) {
    return actionPlansOf(ctx, prisonId, year);
  }

  @Mutation(() => ActionPlanPayload, { description: "The prison's policy coordinator creates an action plan for a year." })
  async createActionPlan(
    @Arg('input', () => CreateActionPlanInput, { description: 'The prison, the year and the title.' }) input: CreateActionPlanInput,
    @Ctx() ctx: Context,
  ): Promise<ActionPlanPayload> {
    return { actionPlan: await createActionPlan(ctx, input) };
  }

  @Mutation(() => GoalPayload, { description: "The prison's policy coordinator adds a goal to an action plan." })
  async addGoal(
    @Arg('input', () => AddGoalInput, { description: 'The plan and the goal.' }) input: AddGoalInput,
    @Ctx() ctx: Context,
  ): Promise<GoalPayload> {
    return { goal: await addGoal(ctx, input) };
  }

  @FieldResolver(() => Int, { description: 'The last year it covers: `year` itself unless the plan spans years.' })
  untilYear(@Root() plan: ActionPlan): number {
    return lastYearOf(plan);
  }

  @FieldResolver(() => [Goal], { description: 'Its goals, in the order they were added.' })
  goals(@Root() plan: ActionPlan, @Ctx() { loaders }: Context) {
    return loaders.goalsOfPlan.load(plan.id);
  }

  @FieldResolver(() => ActionPlanProgress, { description: 'Its actions DONE out of those not DROPPED.' })
  async progress(@Root() plan: ActionPlan, @Ctx() { loaders }: Context): Promise<ActionPlanProgress> {
    return progressOf(await loaders.actionsOfPlan.load(plan.id));
  }
}

@Resolver(() => Goal)
export class GoalResolver {
  @FieldResolver(() => [Action], { description: 'Its actions, the earliest due first.' })
  actions(@Root() goal: Goal, @Ctx() { loaders }: Context) {
    return loaders.actionsOfGoal.load(goal.id);
  }
}
