import { givenFields } from '@cort/common';
import { badUserInput, connectionOf, conflict, findVisible, loadForChange, loadVisible, refuseProblems, type Page } from '@cort/subgraph';
import type { Context } from '../../context';
import type { ActivityEventType } from '../../events';
import type { Activity, ActivityCategory, ActivityStatus, Prisma } from '../../generated/prisma/client';
import { activityProblems } from '../../domain/activity-input';
import type { ActivityWarningCode } from '../../domain/activity-warnings';
import { isEditable } from '../../domain/activity-status';
import { normaliseText, type LocalizedText } from '../../domain/localized-text';
import { expandWeeklyRule, sessionDates, sessionProblem, type PlannedSession } from '../../domain/schedule';
import { activityFilterFor, activityScope, publishedActivityScope } from '../../policy';
import type { AddSessionsInput } from '../session/session.inputs';
import { scheduledSessions } from '../session/session.repository';
import { checkSessions, scheduleSessions } from '../session/session.service';
import { answerWishes, wishesToAnswer } from '../needs-assessment/wish.service';
import { recordActivityEvent } from './activity.events';
import { acknowledgedWarnings, periodOf, recordAcknowledgement, warningsToPublish } from './activity-warnings.service';
import type { CreateActivityInput, UpdateActivityInput } from './activity.inputs';
import { changeStatus, findActivities, insertActivity, writeActivity } from './activity.repository';

const texts = (prefix: 'title' | 'summary', text: LocalizedText | null | undefined) => {
  const clean = normaliseText(text);
  return { [`${prefix}Nl`]: clean.nl, [`${prefix}Fr`]: clean.fr, [`${prefix}En`]: clean.en };
};

const STATUS_EVENTS: Record<ActivityStatus, ActivityEventType> = {
  DRAFT: 'ActivityUpdated',
  PUBLISHED: 'ActivityPublished',
  ARCHIVED: 'ActivityArchived',
  CANCELLED: 'ActivityCancelled',
};

/** The published offer of one prison or of all: the public directory. */
export async function publicOffer(ctx: Context, filter: { prisonId?: string; category?: ActivityCategory }, page: Page) {
  const { nodes, total } = await findActivities(
    ctx.prisma,
    { ...filter, prisonId: filter.prisonId?.toUpperCase(), status: 'PUBLISHED' },
    page,
  );
  return connectionOf(nodes, total, page);
}

/** The offer of a prison, every status, narrowed to the caller's own part of it (policy.ts activityFilterFor). */
export async function offerOf(ctx: Context, prisonId: string, category: ActivityCategory | undefined, page: Page) {
  // Query.activities admits only callers with a part of this prison's offer; without one they see nothing.
  const scope = activityFilterFor(ctx.caller, prisonId);
  if (!scope) return connectionOf([], 0, page);
  const { nodes, total } = await findActivities(ctx.prisma, { prisonId, category, ...scope }, page);
  return connectionOf(nodes, total, page);
}

/** One activity the caller may see; an unknown one and one they may not see answer the same NOT_FOUND. */
export const visibleActivity = (ctx: Context, id: string) =>
  loadVisible<Activity>(ctx.caller, activityScope, id, (key) => ctx.loaders.activity.load(key));

/** The directory's page of one activity: NOT_FOUND for anything but a published one (drafts, archived, cancelled, unknown alike). */
export const publishedActivity = (ctx: Context, id: string) =>
  loadVisible<Activity>(ctx.caller, publishedActivityScope, id, (key) => ctx.loaders.activity.load(key));

/** A reference from another subgraph: the activity when the caller may see it, null otherwise. */
export const referencedActivity = (ctx: Context, id: string) =>
  findVisible<Activity>(ctx.caller, activityScope, id, (key) => ctx.loaders.activity.load(key));

/** The activity a planning mutation starts from: NOT_FOUND when unseen, FORBIDDEN when seen but not the caller's to plan. */
async function activityToPlan(ctx: Context, id: string, { mustBeEditable = true } = {}): Promise<Activity> {
  const activity = await loadForChange<Activity>(ctx.caller, activityScope, id, (key) => ctx.loaders.activity.load(key));
  if (mustBeEditable && !isEditable(activity.status)) {
    throw badUserInput(`The activity is ${activity.status.toLowerCase()} and can no longer be changed.`, 'id');
  }
  return activity;
}

/** A coordinator creates a draft activity in one of their prisons, with its first sessions if given. */
export async function createActivity(ctx: Context, input: CreateActivityInput): Promise<Activity> {
  refuseProblems(activityProblems(input, input));
  if (!(await ctx.loaders.prison.load(input.prisonId))) throw badUserInput(`Prison ${input.prisonId} does not exist.`, 'prisonId');
  const sessions = input.sessions ?? [];
  await checkSessions(ctx, input.prisonId, input, sessions);
  const facilitatorIds = [...new Set(input.facilitatorIds ?? [])];
  const { prisonId, organisationId } = input;
  const { agreementCovers } = await ctx.organisations.checkFacilitation(ctx.caller, {
    prisonId,
    organisationId,
    personIds: facilitatorIds,
    dates: sessionDates(sessions),
    period: periodOf(input),
  });
  const acknowledged = acknowledgedWarnings(input, agreementCovers, input.acknowledgedWarnings);
  const wishIds = await wishesToAnswer(ctx, prisonId, input.answersWishIds);
  return ctx.prisma.$transaction(async (tx) => {
    const created = await insertActivity(tx, {
      prisonId,
      organisationId,
      category: input.category,
      domain: input.domain,
      ...texts('title', input.title),
      ...texts('summary', input.summary),
      genders: input.audience.genders,
      legalStatuses: input.audience.legalStatuses,
      instructionLanguages: input.instructionLanguages.map((tag) => Intl.getCanonicalLocales(tag)[0]),
      facilitatorIds,
      capacity: input.capacity,
      screeningRequired: input.screeningRequired,
      securityAdviceRequired: input.securityAdviceRequired ?? false,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      objectives: input.objectives ?? [],
    });
    await recordActivityEvent(tx, 'ActivityCreated', created);
    await recordAcknowledgement(tx, ctx, created.id, 'DRAFT', acknowledged);
    await scheduleSessions(tx, created.id, sessions);
    await answerWishes(tx, created, wishIds);
    return created;
  });
}

/** Changes the given fields of a draft or published activity; its scheduled sessions must still fit. */
export async function updateActivity(ctx: Context, id: string, input: UpdateActivityInput): Promise<Activity> {
  const current = await activityToPlan(ctx, id);
  const given = givenFields(input);
  const next = { ...current, ...given };
  refuseProblems(activityProblems(given, next));
  const scheduled = await scheduledSessions(ctx.prisma, id);
  if (scheduled.some((session) => sessionProblem(session, next))) {
    throw badUserInput(
      'Scheduled sessions would fall outside the new period; cancel or move them first.',
      input.startsOn ? 'startsOn' : 'endsOn',
    );
  }
  const facilitatorIds = given.facilitatorIds && [...new Set(given.facilitatorIds)];
  if (facilitatorIds) {
    const { prisonId, organisationId } = current;
    await ctx.organisations.checkFacilitation(ctx.caller, {
      prisonId,
      organisationId,
      personIds: facilitatorIds,
      dates: sessionDates(scheduled),
      period: periodOf(next),
    });
  }
  const { title, summary, audience, answersWishIds, ...plain } = given;
  const wishIds = await wishesToAnswer(ctx, current.prisonId, answersWishIds);
  return ctx.prisma.$transaction(async (tx) => {
    const updated = await writeActivity(tx, id, {
      ...(plain as Prisma.ActivityUncheckedUpdateInput),
      ...(title ? texts('title', title) : {}),
      ...(summary ? texts('summary', summary) : {}),
      ...(audience ? { genders: audience.genders, legalStatuses: audience.legalStatuses } : {}),
      ...(facilitatorIds ? { facilitatorIds } : {}),
    });
    await recordActivityEvent(tx, 'ActivityUpdated', updated);
    await answerWishes(tx, updated, wishIds);
    return updated;
  });
}

/**
 * Moves an activity to another status; the write refuses a move the rules do not allow (activity.repository.ts).
 * `acknowledged`: the warnings of the step the coordinator acknowledged, kept in the same transaction.
 */
async function move(
  ctx: Context,
  current: Activity,
  to: ActivityStatus,
  data: Prisma.ActivityUpdateManyMutationInput = {},
  acknowledged: ActivityWarningCode[] = [],
): Promise<Activity> {
  return ctx.prisma.$transaction(async (tx) => {
    const moved = await changeStatus(tx, current.id, current.status, to, data);
    if (!moved) throw conflict('The activity was changed by someone else meanwhile; reload it and try again.');
    await recordActivityEvent(tx, STATUS_EVENTS[to], moved);
    await recordAcknowledgement(tx, ctx, current.id, to, acknowledged);
    return moved;
  });
}

const moveTo = async (ctx: Context, id: string, to: ActivityStatus, data?: Prisma.ActivityUpdateManyMutationInput) =>
  move(ctx, await activityToPlan(ctx, id, { mustBeEditable: false }), to, data);

/** DRAFT → PUBLISHED, once the warnings that apply (an agreement over its period) are acknowledged. */
export async function publishActivity(ctx: Context, id: string, acknowledgedWarnings?: readonly string[] | null) {
  const current = await activityToPlan(ctx, id, { mustBeEditable: false });
  const acknowledged = await warningsToPublish(ctx, current, acknowledgedWarnings);
  return move(ctx, current, 'PUBLISHED', { publishedAt: new Date() }, acknowledged);
}

export const archiveActivity = (ctx: Context, id: string) => moveTo(ctx, id, 'ARCHIVED');

export function cancelActivity(ctx: Context, id: string, reason: string) {
  if (!reason.trim()) throw badUserInput('Give the reason for the cancellation.', 'reason');
  return moveTo(ctx, id, 'CANCELLED', { statusReason: reason.trim() });
}

function plannedFrom(input: AddSessionsInput): PlannedSession[] {
  const listed = (input.sessions ?? []).map(({ startsAt, endsAt, locationId }) => ({ startsAt, endsAt, locationId }));
  if (!input.weekly) return listed;
  try {
    return [...listed, ...expandWeeklyRule(input.weekly)];
  } catch (error) {
    throw badUserInput((error as Error).message, 'weekly');
  }
}

/** Schedules sessions of an activity, listed or from a weekly rule; its facilitators must be cleared on every date. */
export async function addSessions(ctx: Context, input: AddSessionsInput) {
  const activity = await activityToPlan(ctx, input.activityId);
  const planned = plannedFrom(input);
  if (!planned.length) throw badUserInput('Give at least one session, or a weekly rule that falls on at least one day.', 'sessions');
  await checkSessions(ctx, activity.prisonId, activity, planned, input.sessions?.length ? 'sessions' : 'weekly');
  const { prisonId, organisationId, facilitatorIds: personIds } = activity;
  await ctx.organisations.checkFacilitation(ctx.caller, {
    prisonId,
    organisationId,
    personIds,
    dates: sessionDates(planned),
    period: periodOf(activity),
  });
  const sessions = await ctx.prisma.$transaction((tx) => scheduleSessions(tx, activity.id, planned));
  return sessions.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}
