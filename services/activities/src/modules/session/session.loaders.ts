import DataLoader from 'dataloader';
import { byKey, groupByKey } from '@cort/subgraph';
import type { PrismaClient, Session } from '../../generated/prisma/client';
import { sessionsByIds, sessionsOfActivities, upcomingSessionsOf } from './session.repository';

/** Sessions by id, every session of an activity, and the next few of each (one loader per page size). */
export function sessionLoaders(prisma: PrismaClient, now: () => Date) {
  const upcoming = new Map<number, DataLoader<string, Session[]>>();
  return {
    session: new DataLoader(async (ids: readonly string[]) => byKey(ids, await sessionsByIds(prisma, ids), (s) => s.id)),
    sessionsOfActivity: new DataLoader(async (activityIds: readonly string[]) =>
      groupByKey(activityIds, await sessionsOfActivities(prisma, activityIds), (s) => s.activityId),
    ),
    upcomingSessions(first: number): DataLoader<string, Session[]> {
      if (!upcoming.has(first)) {
        const loader = new DataLoader(async (activityIds: readonly string[]) =>
          groupByKey(activityIds, await upcomingSessionsOf(prisma, activityIds, first, now()), (s) => s.activityId),
        );
        upcoming.set(first, loader);
      }
      return upcoming.get(first)!;
    },
  };
}
