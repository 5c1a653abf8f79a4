import { badUserInput, forbidden, notFound, refuseProblems } from '@cort/subgraph';
import type { Context } from '../../context';
import type { Activity as ActivityRow } from '../../generated/prisma/client';
import { canPlanIn, canSeeActivity } from '../../domain/activity-access';
import { activityProblems, type ActivityDraft } from '../../domain/activity-input';
import { isEditable } from '../../domain/activity-status';
import { prisonDate, sessionProblem, type Period, type PlannedSession } from '../../domain/schedule';

export function checkDraft(given: ActivityDraft, complete: ActivityDraft): void {
  refuseProblems(activityProblems(given, complete));
}

/** Loads an activity the caller may plan: NOT_FOUND when they cannot even see it, FORBIDDEN when they only see it. */
export async function activityToPlan(ctx: Context, id: string, { mustBeEditable = true } = {}): Promise<ActivityRow> {
  const activity = await ctx.loaders.activity.load(id);
  if (!activity || !canSeeActivity(ctx.caller, activity)) throw notFound('Activity', id);
  if (!canPlanIn(ctx.caller, activity.prisonId)) throw forbidden('Only a coordinator of this prison can change the activity.');
  if (mustBeEditable && !isEditable(activity.status)) {
    throw badUserInput(`The activity is ${activity.status.toLowerCase()} and can no longer be changed.`, 'id');
  }
  return activity;
}

/** Sessions must end after they start, fall inside the period, and be in rooms of the activity's prison. */
export async function checkSessions(ctx: Context, prisonId: string, period: Period, sessions: PlannedSession[], field = 'sessions') {
  sessions.forEach((session, index) => {
    const problem = sessionProblem(session, period);
    if (problem) throw badUserInput(problem, `${field}[${index}]`);
  });
  const locations = await ctx.loaders.location.loadMany([...new Set(sessions.map((s) => s.locationId))]);
  const known = new Set(locations.flatMap((l) => (l && !(l instanceof Error) && l.prisonId === prisonId ? [l.id] : [])));
  const unknown = sessions.findIndex((s) => !known.has(s.locationId));
  if (unknown >= 0)
    throw badUserInput(`Location ${sessions[unknown].locationId} is not a room of prison ${prisonId}.`, `${field}[${unknown}].locationId`);
}

export const sessionDates = (sessions: { startsAt: Date }[]) => [...new Set(sessions.map((s) => prisonDate(s.startsAt)))].sort();
