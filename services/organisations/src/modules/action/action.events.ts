import { calendarDate } from '@cort/common';
import { recordEvents } from '@cort/events';
import { lastYearOf } from '../../domain/action-plan-span';
import { organisationsEvents } from '../../events';
import type { Action, Prisma } from '../../generated/prisma/client';

type Plan = { id: string; prisonId: string; year: number; untilYear: number | null };

/** An action as the action plans' figures count it: its plan's prison and years, owner, status, due day (never titles or notes). */
export const actionFacts = (a: Action, plan: Plan) => ({
  actionId: a.id,
  actionPlanId: plan.id,
  prisonId: plan.prisonId,
  year: plan.year,
  untilYear: lastYearOf(plan),
  ownerOrganisationId: a.ownerOrganisationId,
  status: a.status,
  dueOn: calendarDate(a.dueOn),
});

/** Written in the transaction of the change; the action's plan is read in it too. */
export async function recordActionEvent(tx: Prisma.TransactionClient, type: 'ActionAdded' | 'ActionUpdated', action: Action) {
  const { actionPlan } = await tx.goal.findUniqueOrThrow({
    where: { id: action.goalId },
    select: { actionPlan: { select: { id: true, prisonId: true, year: true, untilYear: true } } },
  });
  await recordEvents(tx, organisationsEvents, type, [actionFacts(action, actionPlan)]);
}
