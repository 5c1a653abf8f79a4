import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Activity } from '../activity/activity.type';
import { addSessions } from '../activity/activity.service';
import { Location } from '../location/location.type';
import { AddSessionsInput } from './session.inputs';
import { cancelSession, sessionsToday } from './session.service';
import { AddSessionsPayload, Session, SessionPayload } from './session.type';

/** Sessions: the mobile day view, scheduling and cancelling, and a session's room and activity. */
@Resolver(() => Session)
export class SessionResolver {
  @Query(() => [Session], {
    description:
      'Partner staff: today’s sessions of their organisation’s activities; volunteers: today’s sessions they facilitate. In their prisons, by start time, cancelled ones included.',
  })
  mySessionsToday(@Ctx() ctx: Context) {
    return sessionsToday(ctx);
  }

  @Mutation(() => AddSessionsPayload, { description: 'Schedules sessions of an activity; a room is never double-booked.' })
  async addSessions(
    @Arg('input', () => AddSessionsInput, { description: 'The activity and its new sessions: listed, from a weekly rule, or both.' })
    input: AddSessionsInput,
    @Ctx() ctx: Context,
  ): Promise<AddSessionsPayload> {
    return { sessions: await addSessions(ctx, input) };
  }

  @Mutation(() => SessionPayload, { description: 'Cancels one scheduled session, with the reason.' })
  async cancelSession(
    @Arg('id', () => ID, { description: 'The id of the session.' }) id: string,
    @Arg('reason', () => String, { description: 'Why it is cancelled, kept as its cancellationReason.' }) reason: string,
    @Ctx() ctx: Context,
  ): Promise<SessionPayload> {
    return { session: await cancelSession(ctx, id, reason) };
  }

  @FieldResolver(() => Location, { description: 'The room it takes place in.' })
  location(@Root() session: Session, @Ctx() { loaders }: Context) {
    return loaders.location.load(session.locationId);
  }

  @FieldResolver(() => Activity, { description: 'The activity it is a session of.' })
  activity(@Root() session: Session, @Ctx() { loaders }: Context) {
    return loaders.activity.load(session.activityId);
  }
}
