import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { connectionOf, notFound, pageOf, requirePrison, forbidden } from '@cort/subgraph';
import type { Context } from '../../context';
import { activityFilterFor, canSeeActivity } from '../../domain/activity-access';
import { ActivityCategory } from '../../shared/enums';
import { OFFER_READERS, PLANNERS } from '../../shared/roles';
import { findActivities } from './activity.repository';
import { Activity, ActivityConnection } from './activity.type';

@Resolver()
export class ActivityQueries {
  @Query(() => ActivityConnection, { description: 'The published offer of one prison, or of all. Public.' })
  async publicOffer(
    @Ctx() { prisma }: Context,
    @Arg('prisonId', () => ID, { nullable: true }) prisonId?: string,
    @Arg('category', () => ActivityCategory, { nullable: true }) category?: ActivityCategory,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    const page = pageOf(first, after);
    const { nodes, total } = await findActivities(prisma, { prisonId: prisonId?.toUpperCase(), category, status: 'PUBLISHED' }, page);
    return connectionOf(nodes, total, page);
  }

  @Query(() => ActivityConnection, {
    description: 'The offer of one of your prisons, every status included; partner staff and volunteers see their own part of it.',
  })
  async activities(
    @Arg('prisonId', () => ID) prisonId: string,
    @Ctx() { prisma, caller }: Context,
    @Arg('category', () => ActivityCategory, { nullable: true }) category?: ActivityCategory,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    requirePrison(caller, prisonId, [...PLANNERS, ...OFFER_READERS, 'PARTNER_STAFF', 'VOLUNTEER']);
    const scope = activityFilterFor(caller, prisonId);
    if (!scope) throw forbidden('Your role does not show the offer of this prison.');
    const page = pageOf(first, after);
    const { nodes, total } = await findActivities(prisma, { prisonId, category, ...scope }, page);
    return connectionOf(nodes, total, page);
  }

  @Query(() => Activity, { description: 'One activity you may see (published ones are public).' })
  async activity(@Arg('id', () => ID) id: string, @Ctx() { loaders, caller }: Context) {
    const activity = await loaders.activity.load(id);
    // Unknown and not yours answer the same, so ids cannot be probed.
    if (!activity || !canSeeActivity(caller, activity)) throw notFound('Activity', id);
    return activity;
  }
}
