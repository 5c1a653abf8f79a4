import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { badUserInput, conflict, forbidden, notFound } from '@cort/subgraph';
import type { Context } from '../../context';
import { canPlanIn, canSeeActivity } from '../../domain/activity-access';
import { expandWeeklyRule, type PlannedSession } from '../../domain/schedule';
import { Activity } from '../activity/activity.type';
import { activityToPlan, checkSessions, sessionDates } from '../activity/activity.planning';
import { Location } from '../location/location.type';
import { AddSessionsInput } from './session.inputs';
import { bookSessions } from './session.repository';
import { recordSessionEvents } from '../activity/activity.events';
import { AddSessionsPayload, Session, SessionPayload } from './session.type';

function plannedFrom(input: AddSessionsInput): PlannedSession[] {
  const listed = (input.sessions ?? []).map(({ startsAt, endsAt, locationId }) => ({ startsAt, endsAt, locationId }));
  if (!input.weekly) return listed;
  try {
    return [...listed, ...expandWeeklyRule(input.weekly)];
  } catch (error) {
    throw badUserInput((error as Error).message, 'weekly');
  }
}

@Resolver(() => Session)
export class SessionResolver {
  @Mutation(() => AddSessionsPayload, { description: 'Schedules sessions of an activity; a room is never double-booked.' })
  async addSessions(@Arg('input', () => AddSessionsInput) input: AddSessionsInput, @Ctx() ctx: Context): Promise<AddSessionsPayload> {
    const activity = await activityToPlan(ctx, input.activityId);
    const planned = plannedFrom(input);
    if (!planned.length) throw badUserInput('Give at least one session, or a weekly rule that falls on at least one day.', 'sessions');
    await checkSessions(ctx, activity.prisonId, activity, planned, input.sessions?.length ? 'sessions' : 'weekly');
    await ctx.organisations.checkFacilitation(ctx.caller, {
      prisonId: activity.prisonId,
      organisationId: activity.organisationId,
      personIds: activity.facilitatorIds,
      dates: sessionDates(planned),
    });
    const sessions = await ctx.prisma.$transaction(async (tx) => {
      const booked = await bookSessions(tx, activity.id, planned);
      await recordSessionEvents(tx, 'SessionScheduled', booked);
      return booked;
    });
    return { sessions: sessions.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime()) };
  }

  @Mutation(() => SessionPayload, { description: 'Cancels one scheduled session, with the reason.' })
  async cancelSession(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: Context,
  ): Promise<SessionPayload> {
    const session = await ctx.loaders.session.load(id);
    const activity = session && (await ctx.loaders.activity.load(session.activityId));
    if (!session || !activity || !canSeeActivity(ctx.caller, activity)) throw notFound('Session', id);
    if (!canPlanIn(ctx.caller, activity.prisonId)) throw forbidden('Only a coordinator of this prison can cancel sessions.');
    if (!reason.trim()) throw badUserInput('Give the reason for the cancellation.', 'reason');
    if (session.status !== 'SCHEDULED') throw badUserInput(`The session is ${session.status.toLowerCase()} and cannot be cancelled.`, 'id');
    const cancelled = await ctx.prisma.$transaction(async (tx) => {
      const { count } = await tx.session.updateMany({
        where: { id, status: 'SCHEDULED' },
        data: { status: 'CANCELLED', cancellationReason: reason.trim() },
      });
      if (!count) throw conflict('The session was changed by someone else meanwhile; reload it.');
      const updated = await tx.session.findUniqueOrThrow({ where: { id } });
      await recordSessionEvents(tx, 'SessionCancelled', [updated]);
      return updated;
    });
    return { session: cancelled };
  }

  @FieldResolver(() => Location)
  location(@Root() session: Session, @Ctx() { loaders }: Context) {
    return loaders.location.load(session.locationId);
  }

  @FieldResolver(() => Activity)
  activity(@Root() session: Session, @Ctx() { loaders }: Context) {
    return loaders.activity.load(session.activityId);
  }
}
