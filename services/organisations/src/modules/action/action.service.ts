import { belgianDate } from '@cort/common';
import { actorOf, findVisible, loadForChange, refuseProblems, type InputProblem } from '@cort/subgraph';
import type { Context } from '../../context';
import { actionMoveProblems, isOverdue, titleProblem } from '../../domain/action-status';
import { actionWishProblems } from '../../domain/action-wishes';
import type { Loaders } from '../../loaders';
import { actionPlanScope, actionScope, PERSON } from '../../policy';
import { personOfOrganisation } from '../person/person.service';
import { knownWishesOfPrison } from '../wish/known-wishes.repository';
import type { AddActionInput, UpdateActionInput } from './action.inputs';
import { insertAction, moveAction } from './action.repository';
import type { Action } from './action.type';

// The actions' use cases: the policy coordinator adds one to a goal; the owner's partner staff or the
// policy coordinator move it on through the transition table, each change kept in its history.

/** A goal with the prison of its plan, which decides who adds to it. */
const goalInPrison = (loaders: Loaders) => async (id: string) => {
  const goal = await loaders.goal.load(id);
  const plan = goal && (await loaders.actionPlan.load(goal.actionPlanId));
  return goal && plan ? { ...goal, prisonId: plan.prisonId } : null;
};

/** An action with the prison of its plan, which decides who sees and moves it. */
const actionInPrison = (loaders: Loaders) => async (id: string) => {
  const action = await loaders.actionInPlan.load(id);
  return action && { ...action, prisonId: action.goal.actionPlan.prisonId };
};

type GoalInPrison = NonNullable<Awaited<ReturnType<ReturnType<typeof goalInPrison>>>>;
type ActionInPrison = NonNullable<Awaited<ReturnType<ReturnType<typeof actionInPrison>>>>;

export async function addAction(ctx: Context, input: AddActionInput) {
  const goal = await loadForChange(ctx.caller, actionPlanScope<GoalInPrison>('Goal'), input.goalId, goalInPrison(ctx.loaders));
  const problems: InputProblem[] = [titleProblem(input.title)].filter((p): p is InputProblem => !!p);
  const owner = await ctx.loaders.organisation.load(input.ownerOrganisationId);
  if (!owner || !owner.prisonIds.includes(goal.prisonId)) {
    problems.push({ field: 'ownerOrganisationId', message: `Give an organisation serving prison ${goal.prisonId} as the owner.` });
  }
  if (input.ownerPersonId) {
    const person = await findVisible(ctx.caller, PERSON, input.ownerPersonId, personOfOrganisation(ctx.loaders));
    if (person?.person.organisationId !== input.ownerOrganisationId) {
      problems.push({ field: 'ownerPersonId', message: 'The owner person works for the owner organisation: give one of its people.' });
    }
  }
  const activityIds = [...new Set(input.activityIds ?? [])];
  if (activityIds.length > 50) problems.push({ field: 'activityIds', message: 'An action names at most 50 activities.' });
  const wishIds = [...new Set(input.wishIds ?? [])];
  problems.push(...actionWishProblems(wishIds, await knownWishesOfPrison(ctx.prisma, goal.prisonId, wishIds.slice(0, 51))));
  refuseProblems(problems);
  return insertAction(
    ctx.prisma,
    {
      goalId: goal.id,
      title: input.title.trim(),
      ownerOrganisationId: input.ownerOrganisationId,
      ownerPersonId: input.ownerPersonId ?? null,
      dueOn: input.dueOn,
      activityIds,
      wishIds,
    },
    actorOf(ctx.caller),
  );
}

/** Moves an action on, as the transition table allows, with its history line; bad input writes nothing. */
export async function updateAction(ctx: Context, input: UpdateActionInput) {
  const action = await loadForChange(ctx.caller, actionScope<ActionInPrison>(), input.id, actionInPrison(ctx.loaders));
  refuseProblems(actionMoveProblems(action, { to: input.status, dueOn: input.dueOn, note: input.note }));
  return ctx.prisma.$transaction((tx) =>
    moveAction(tx, action.id, {
      from: action.status,
      to: input.status,
      dueOn: input.status === 'POSTPONED' ? input.dueOn! : action.dueOn,
      note: input.note?.trim() || null,
      by: actorOf(ctx.caller),
    }),
  );
}

/** Whether the action is overdue today (Brussels). */
export const overdueToday = (action: Action) => isOverdue(action, belgianDate(new Date()));

/** The action's owner person, for whom may see them; null for the plan's other readers. */
export const ownerPersonOf = ({ caller, loaders }: Context, action: Action) =>
  action.ownerPersonId
    ? findVisible(caller, PERSON, action.ownerPersonId, personOfOrganisation(loaders)).then((found) => found?.person ?? null)
    : null;
