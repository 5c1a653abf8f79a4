import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { badUserInput, conflict, requirePrison } from '@cort/subgraph';
import type { Context } from '../../context';
import type { Prisma } from '../../generated/prisma/client';
import { normaliseText } from '../../domain/localized-text';
import { transitionProblem, type ActivityStatus } from '../../domain/activity-status';
import { PLANNERS } from '../../shared/roles';
import { sessionProblem } from '../../domain/schedule';
import { bookSessions, scheduledSessions } from '../session/session.repository';
import { changeStatus } from './activity.repository';
import { recordActivityEvent, recordSessionEvents, type ActivityEventType } from './activity.events';
import { ActivityPayload } from './activity.type';
import { CreateActivityInput, UpdateActivityInput } from './activity.inputs';
import { activityToPlan, checkDraft, checkSessions, sessionDates } from './activity.planning';

const texts = (prefix: 'title' | 'summary', text: { nl?: string | null; fr?: string | null; en?: string | null } | null | undefined) => {
  const clean = normaliseText(text);
  return { [`${prefix}Nl`]: clean.nl, [`${prefix}Fr`]: clean.fr, [`${prefix}En`]: clean.en };
};

const STATUS_EVENTS: Record<ActivityStatus, ActivityEventType> = {
  DRAFT: 'ActivityUpdated',
  PUBLISHED: 'ActivityPublished',
  ARCHIVED: 'ActivityArchived',
  CANCELLED: 'ActivityCancelled',
};

@Resolver()
export class ActivityMutations {
  @Mutation(() => ActivityPayload, { description: 'A coordinator creates an activity, as DRAFT, in one of their prisons.' })
  async createActivity(@Arg('input', () => CreateActivityInput) input: CreateActivityInput, @Ctx() ctx: Context): Promise<ActivityPayload> {
    requirePrison(ctx.caller, input.prisonId, PLANNERS);
    checkDraft(input, input);
    if (!(await ctx.loaders.prison.load(input.prisonId))) throw badUserInput(`Prison ${input.prisonId} does not exist.`, 'prisonId');
    const sessions = input.sessions ?? [];
    await checkSessions(ctx, input.prisonId, input, sessions);
    const facilitatorIds = [...new Set(input.facilitatorIds ?? [])];
    await ctx.organisations.checkFacilitation(ctx.caller, {
      prisonId: input.prisonId,
      organisationId: input.organisationId,
      personIds: facilitatorIds,
      dates: sessionDates(sessions),
    });
    const activity = await ctx.prisma.$transaction(async (tx) => {
      const created = await tx.activity.create({
        data: {
          prisonId: input.prisonId,
          organisationId: input.organisationId,
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
          startsOn: input.startsOn,
          endsOn: input.endsOn,
          objectives: input.objectives ?? [],
        },
      });
      await recordActivityEvent(tx, 'ActivityCreated', created);
      await recordSessionEvents(tx, 'SessionScheduled', await bookSessions(tx, created.id, sessions));
      return created;
    });
    return { activity };
  }

  @Mutation(() => ActivityPayload, { description: 'Changes the given fields of a draft or published activity.' })
  async updateActivity(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateActivityInput) input: UpdateActivityInput,
    @Ctx() ctx: Context,
  ): Promise<ActivityPayload> {
    const current = await activityToPlan(ctx, id);
    const given = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined && value !== null));
    const next = { ...current, ...given };
    checkDraft(given, next);
    const scheduled = await scheduledSessions(ctx.prisma, id);
    if (scheduled.some((session) => sessionProblem(session, next))) {
      throw badUserInput(
        'Scheduled sessions would fall outside the new period; cancel or move them first.',
        input.startsOn ? 'startsOn' : 'endsOn',
      );
    }
    if (input.facilitatorIds) {
      await ctx.organisations.checkFacilitation(ctx.caller, {
        prisonId: current.prisonId,
        organisationId: current.organisationId,
        personIds: [...new Set(input.facilitatorIds)],
        dates: sessionDates(scheduled),
      });
    }
    const { title, summary, audience, ...plain } = given as UpdateActivityInput;
    const activity = await ctx.prisma.$transaction(async (tx) => {
      const updated = await tx.activity.update({
        where: { id },
        data: {
          ...(plain as Prisma.ActivityUncheckedUpdateInput),
          ...(title ? texts('title', title) : {}),
          ...(summary ? texts('summary', summary) : {}),
          ...(audience ? { genders: audience.genders, legalStatuses: audience.legalStatuses } : {}),
          ...(input.facilitatorIds ? { facilitatorIds: [...new Set(input.facilitatorIds)] } : {}),
        },
      });
      await recordActivityEvent(tx, 'ActivityUpdated', updated);
      return updated;
    });
    return { activity };
  }

  @Mutation(() => ActivityPayload, { description: 'DRAFT → PUBLISHED: from then on it is in the public offer.' })
  publishActivity(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return this.move(ctx, id, 'PUBLISHED', { publishedAt: new Date() });
  }

  @Mutation(() => ActivityPayload, { description: 'PUBLISHED → ARCHIVED, when it has run its course.' })
  archiveActivity(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return this.move(ctx, id, 'ARCHIVED', {});
  }

  @Mutation(() => ActivityPayload, { description: 'Cancels a draft or published activity, with the reason.' })
  cancelActivity(@Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string, @Ctx() ctx: Context) {
    if (!reason.trim()) throw badUserInput('Give the reason for the cancellation.', 'reason');
    return this.move(ctx, id, 'CANCELLED', { statusReason: reason.trim() });
  }

  private async move(ctx: Context, id: string, to: ActivityStatus, data: Record<string, unknown>): Promise<ActivityPayload> {
    const current = await activityToPlan(ctx, id, { mustBeEditable: false });
    const problem = transitionProblem(current.status, to);
    if (problem) throw badUserInput(problem, 'id', { status: current.status });
    const activity = await ctx.prisma.$transaction(async (tx) => {
      if (!(await changeStatus(tx, id, current.status, { status: to, ...data }))) {
        throw conflict('The activity was changed by someone else meanwhile; reload it and try again.');
      }
      const moved = await tx.activity.findUniqueOrThrow({ where: { id } });
      await recordActivityEvent(tx, STATUS_EVENTS[to], moved);
      return moved;
    });
    return { activity };
  }
}
