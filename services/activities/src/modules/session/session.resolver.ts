import { DateTimeResolver } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { statusAt } from '../../domain/session-status';
import { CancellationReason, SessionStatus } from '../../shared/enums';
import { Activity } from '../activity/activity.type';
import { addSessions } from '../activity/activity.service';
import { Location } from '../location/location.type';
import { cancelSession, cancelSessions, moveSession, restoreSession } from './session-changes.service';
import { AddSessionsInput, CancelSessionsInput } from './session.inputs';
import { sessionsToday } from './session.service';
import { AddSessionsPayload, CancelSessionsPayload, Session, SessionPayload } from './session.type';

/** Sessions: the mobile day view, scheduling, cancelling, restoring and moving, and a session's room and activity. */
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

  @Mutation(() => SessionPayload, {
    description:
      'Cancels one session, with the reason: a scheduled one, or one that ended without a roll call (it did not take place after all). A session whose attendance was recorded took place and cannot be cancelled.',
  })
  async cancelSession(
    @Arg('id', () => ID, { description: 'The id of the session.' }) id: string,
    @Arg('reason', () => String, { description: 'Why it is cancelled, kept as its cancellationReason.' }) reason: string,
    @Arg('reasonCode', () => CancellationReason, { nullable: true, description: 'Why, as a code; OTHER when absent.' })
    reasonCode: CancellationReason | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<SessionPayload> {
    return { session: await cancelSession(ctx, id, reason, reasonCode ?? undefined) };
  }

  @Mutation(() => CancelSessionsPayload, {
    description:
      'Cancels every scheduled session of one prison starting in a time window (optionally in one room), with the reason: a lockdown, a strike, a room out of use. Held sessions are never touched.',
  })
  async cancelSessions(
    @Arg('input', () => CancelSessionsInput, { description: 'The prison, the window, the room if only one, and the reason.' })
    input: CancelSessionsInput,
    @Ctx() ctx: Context,
  ): Promise<CancelSessionsPayload> {
    return { cancelled: await cancelSessions(ctx, input) };
  }

  @Mutation(() => SessionPayload, {
    description: 'Restores a cancelled session that has not started, in its own room and time, when that room is still free.',
  })
  async restoreSession(
    @Arg('id', () => ID, { description: 'The id of the cancelled session.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<SessionPayload> {
    return { session: await restoreSession(ctx, id) };
  }

  @Mutation(() => SessionPayload, {
    description:
      'Moves a scheduled session still to come to another time and/or room, with the checks of planning: inside the activity’s period, the room never double-booked, its facilitators cleared on the new date.',
  })
  async moveSession(
    @Arg('id', () => ID, { description: 'The id of the session.' }) id: string,
    @Arg('startsAt', () => DateTimeResolver, { description: 'Its new start, an instant still to come.' }) startsAt: Date,
    @Arg('endsAt', () => DateTimeResolver, { description: 'Its new end, after startsAt.' }) endsAt: Date,
    @Arg('locationId', () => ID, { nullable: true, description: 'Its new room, of the same prison; the same room when absent.' })
    locationId: string | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<SessionPayload> {
    return { session: await moveSession(ctx, { id, startsAt, endsAt, locationId }) };
  }

  @FieldResolver(() => SessionStatus, {
    description:
      'Whether it is still to take place, took place (it ended, or its roll call was recorded, without being cancelled) or was cancelled.',
  })
  status(@Root() session: Session) {
    // Read as of now: an ended session is HELD before the background sweep writes it.
    return statusAt(session, new Date());
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
