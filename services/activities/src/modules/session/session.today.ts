import { Ctx, Query, Resolver } from 'type-graphql';
import { forbidden, requireUser } from '@cort/subgraph';
import type { Context } from '../../context';
import { ownSessionsFilter } from '../../domain/activity-access';
import { prisonDay } from '../../domain/schedule';
import { Session } from './session.type';

@Resolver(() => Session)
export class MySessions {
  @Query(() => [Session], {
    description:
      'Partner staff: today’s sessions of their organisation’s activities; volunteers: today’s sessions they facilitate. In their prisons, by start time, cancelled ones included.',
  })
  mySessionsToday(@Ctx() { caller, prisma }: Context) {
    const filter = ownSessionsFilter(requireUser(caller));
    if (!filter) throw forbidden('This is the day view of partner staff and volunteers.');
    const { from, to } = prisonDay(new Date());
    const whose = [
      ...(filter.organisationId ? [{ organisationId: filter.organisationId }] : []),
      ...(filter.facilitatorId ? [{ facilitatorIds: { has: filter.facilitatorId } }] : []),
    ];
    return prisma.session.findMany({
      where: {
        startsAt: { gte: from, lt: to },
        activity: { prisonId: { in: filter.prisonIds }, status: 'PUBLISHED', OR: whose },
      },
      orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
    });
  }
}
