import { findVisible } from '@cort/subgraph';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import type { Activity as ActivityRow } from '../../generated/prisma/client';
import { activityScope } from '../../policy';
import { Activity, ActivityPayload } from '../activity/activity.type';
import { EvaluateActivityInput, PlanNextEditionInput } from './evaluation.inputs';
import * as evaluations from './evaluation.service';
import { Evaluation, EvaluationChange, EvaluationPayload, ObjectiveEvaluation } from './evaluation.type';

/** Evaluations: the two mutations (evaluation.service.ts) and an evaluation's fields. */
@Resolver(() => Evaluation)
export class EvaluationResolver {
  @Mutation(() => EvaluationPayload, {
    description:
      'A coordinator evaluates an activity of their prison; evaluating it again replaces the evaluation and keeps the earlier one.',
  })
  async evaluateActivity(
    @Arg('input', () => EvaluateActivityInput, { description: 'The evaluation.' }) input: EvaluateActivityInput,
    @Ctx() ctx: Context,
  ): Promise<EvaluationPayload> {
    return { evaluation: (await evaluations.evaluateActivity(ctx, input)) as unknown as Evaluation };
  }

  @Mutation(() => ActivityPayload, {
    description:
      'After an evaluation deciding CONTINUE or ADJUST: a DRAFT next edition copying the activity, with the changes given. After STOP, or a second time, CONFLICT.',
  })
  async planNextEdition(
    @Arg('input', () => PlanNextEditionInput, { description: 'The evaluated activity, the new period and the changes.' })
    input: PlanNextEditionInput,
    @Ctx() ctx: Context,
  ): Promise<ActivityPayload> {
    return { activity: await evaluations.planNextEdition(ctx, input) };
  }

  @FieldResolver(() => [ObjectiveEvaluation], { description: 'Each objective and how far it was reached, in the order given.' })
  objectives(@Root() e: Evaluation): ObjectiveEvaluation[] {
    return e.objectives;
  }

  @FieldResolver(() => Activity, { description: 'The activity evaluated.' })
  async activity(@Root() e: Evaluation, @Ctx() { loaders }: Context) {
    return loaders.activity.load(e.activityId);
  }

  @FieldResolver(() => [EvaluationChange], { description: 'The earlier versions of this evaluation, oldest first.' })
  async history(@Root() e: Evaluation, @Ctx() { loaders }: Context): Promise<EvaluationChange[]> {
    return (await loaders.evaluationHistory.load(e.id)) as unknown as EvaluationChange[];
  }
}

/** An activity's evaluation and editions (fields of Activity kept beside the evaluations). */
@Resolver(() => Activity)
export class ActivityEvaluationResolver {
  @FieldResolver(() => Evaluation, {
    nullable: true,
    description:
      "The coordinator's evaluation of this edition; null until it is evaluated. For those who see the whole offer of its prison.",
  })
  async evaluation(@Root() a: Activity, @Ctx() { loaders }: Context) {
    return loaders.evaluationOfActivity.load(a.id);
  }

  @FieldResolver(() => Activity, {
    nullable: true,
    description: 'The edition this one was planned after; null when none (or not yours to see).',
  })
  async previousEdition(@Root() a: Activity, @Ctx() ctx: Context) {
    return this.edition(ctx, await ctx.loaders.previousEditionId.load(a.id));
  }

  @FieldResolver(() => Activity, {
    nullable: true,
    description: 'The edition planned after this one; null when none (or not yours to see).',
  })
  async nextEdition(@Root() a: Activity, @Ctx() ctx: Context) {
    return this.edition(ctx, await ctx.loaders.nextEditionId.load(a.id));
  }

  private edition(ctx: Context, id: string | null) {
    return id ? findVisible<ActivityRow>(ctx.caller, activityScope, id, (key) => ctx.loaders.activity.load(key)) : null;
  }
}
