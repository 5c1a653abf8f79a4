import DataLoader from 'dataloader';
import { byKey, groupByKey } from '@cort/subgraph';
import { Prisma, type PrismaClient, type Session } from './generated/prisma/client';

/**
 * Per request: every list field and reference resolver goes through these, so a page of N activities
 * costs the same number of SQL statements as a page of one.
 */
export function createLoaders(prisma: PrismaClient, now: () => Date = () => new Date()) {
  const upcoming = new Map<number, DataLoader<string, Session[]>>();
  return {
    prison: new DataLoader(async (ids: readonly string[]) =>
      byKey(ids, await prisma.prison.findMany({ where: { id: { in: [...ids] } } }), (p) => p.id),
    ),
    location: new DataLoader(async (ids: readonly string[]) =>
      byKey(ids, await prisma.location.findMany({ where: { id: { in: [...ids] } } }), (l) => l.id),
    ),
    locationsOfPrison: new DataLoader(async (prisonIds: readonly string[]) =>
      groupByKey(
        prisonIds,
        await prisma.location.findMany({ where: { prisonId: { in: [...prisonIds] } }, orderBy: { name: 'asc' } }),
        (l) => l.prisonId,
      ),
    ),
    activity: new DataLoader(async (ids: readonly string[]) =>
      byKey(ids, await prisma.activity.findMany({ where: { id: { in: [...ids] } } }), (a) => a.id),
    ),
    session: new DataLoader(async (ids: readonly string[]) =>
      byKey(ids, await prisma.session.findMany({ where: { id: { in: [...ids] } } }), (s) => s.id),
    ),
    sessionsOfActivity: new DataLoader(async (activityIds: readonly string[]) =>
      groupByKey(
        activityIds,
        await prisma.session.findMany({ where: { activityId: { in: [...activityIds] } }, orderBy: [{ startsAt: 'asc' }, { id: 'asc' }] }),
        (s) => s.activityId,
      ),
    ),
    /** The next `first` scheduled sessions of each activity, in one statement (a window function). */
    upcomingSessions(first: number): DataLoader<string, Session[]> {
      if (!upcoming.has(first)) {
        upcoming.set(
          first,
          new DataLoader(async (activityIds: readonly string[]) => {
            const rows = await prisma.$queryRaw<Session[]>`
            SELECT "id", "activityId", "locationId", "startsAt", "endsAt", "status", "cancellationReason" FROM (
              SELECT s.*, ROW_NUMBER() OVER (PARTITION BY s."activityId" ORDER BY s."startsAt", s."id") AS "rank"
              FROM "Session" s
              WHERE s."activityId" IN (${Prisma.join(activityIds)}) AND s."status" = 'SCHEDULED' AND s."startsAt" >= ${now()}
            ) ranked
            WHERE "rank" <= ${first}
            ORDER BY "startsAt", "id"`;
            return groupByKey(activityIds, rows, (s) => s.activityId);
          }),
        );
      }
      return upcoming.get(first)!;
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
