import { actorOf, loadForChange, refuseProblems, type InputProblem } from '@cort/subgraph';
import type { Context } from '../../context';
import type { ActionPlan } from '../../generated/prisma/client';
import { titleProblem } from '../../domain/action-status';
import { planSpanProblem } from '../../domain/action-plan-span';
import { actionPlanScope } from '../../policy';
import type { AddGoalInput, CreateActionPlanInput } from './action-plan.inputs';
import { insertActionPlan, insertGoal } from './action-plan.repository';

// The action plans' use cases: the policy coordinator of the prison creates a plan and adds goals (the
// policy admitted only them); everyone the policy lets read a prison's plans lists them.

/** A prison's plans covering a year (those spanning it included), oldest first. */
export const actionPlansOf = ({ loaders }: Context, prisonId: string, year: number) => loaders.actionPlansOfYear.load({ prisonId, year });

export async function createActionPlan(ctx: Context, input: CreateActionPlanInput) {
  const problems: InputProblem[] = [titleProblem(input.title)].filter((p): p is InputProblem => !!p);
  if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2100)
    problems.push({ field: 'year', message: 'Give a year from 2000 to 2100.' });
  const span = planSpanProblem(input.year, input.untilYear);
  if (span) problems.push(span);
  refuseProblems(problems);
  return insertActionPlan(ctx.prisma, {
    prisonId: input.prisonId,
    year: input.year,
    untilYear: input.untilYear ?? null,
    title: input.title.trim(),
    createdBy: actorOf(ctx.caller),
  });
}

export async function addGoal(ctx: Context, input: AddGoalInput) {
  const plan = await loadForChange(ctx.caller, actionPlanScope<ActionPlan>('ActionPlan'), input.actionPlanId, (id) =>
    ctx.loaders.actionPlan.load(id),
  );
  const problem = titleProblem(input.title);
  refuseProblems(problem ? [problem] : []);
  return insertGoal(ctx.prisma, { actionPlanId: plan.id, title: input.title.trim() });
}
