import DataLoader from 'dataloader';
import { byKey, groupByKey } from '@cort/subgraph';
import type { PrismaClient, Session } from '../../generated/prisma/client';
import { comingSessionsOf, sessionsByIds, sessionsOfActivities, upcomingSessionsOf } from './session.repository';

type WindowQuery = (prisma: PrismaClient, activityIds: readonly string[], first: number, now: Date) => Promise<Session[]>;

/** One loader per page size: each batch of activities is one statement, whatever their number. */
function perPageSize(prisma: PrismaClient, now: () => Date, query: WindowQuery) {
  const loaders = new Map<number, DataLoader<string, Session[]>>();
  return (first: number): DataLoader<string, Session[]> => {
    if (!loaders.has(first)) {
      loaders.set(
        first,
        new DataLoader(async (activityIds: readonly string[]) =>
          groupByKey(activityIds, await query(prisma, activityIds, first, now()), (s) => s.activityId),
        ),
      );
    }
    return loaders.get(first)!;
  };
}

/** Sessions by id, every session of an activity, the next few scheduled ones and the coming ones (cancelled included). */
export function sessionLoaders(prisma: PrismaClient, now: () => Date) {
  return {
    session: new DataLoader(async (ids: readonly string[]) => byKey(ids, await sessionsByIds(prisma, ids), (s) => s.id)),
    sessionsOfActivity: new DataLoader(async (activityIds: readonly string[]) =>
      groupByKey(activityIds, await sessionsOfActivities(prisma, activityIds), (s) => s.activityId),
    ),
    upcomingSessions: perPageSize(prisma, now, upcomingSessionsOf),
    comingSessions: perPageSize(prisma, now, comingSessionsOf),
  };
}
