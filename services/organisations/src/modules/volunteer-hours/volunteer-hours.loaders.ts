import DataLoader from 'dataloader';
import type { PrismaClient } from '../../generated/prisma/client';
import { totalHours } from '../../domain/volunteer-hours';

export interface HoursKey {
  organisationId: string;
  prisonId: string;
  year: number;
}
const keyOf = (k: HoursKey) => `${k.organisationId}:${k.prisonId}:${k.year}`;

/**
 * The hours' per-request loader: the hours an organisation's people gave in a prison in a year. One
 * statement per prison and year asked for (a page asks for one), whatever the number of organisations.
 */
export const volunteerHoursLoaders = (prisma: PrismaClient) => ({
  volunteerHoursOf: new DataLoader(
    async (keys: readonly HoursKey[]) => {
      const sums = new Map<string, number>();
      const windows = new Map(keys.map((k) => [`${k.prisonId}:${k.year}`, { prisonId: k.prisonId, year: k.year }]));
      for (const { prisonId, year } of windows.values()) {
        const organisationIds = [...new Set(keys.filter((k) => k.prisonId === prisonId && k.year === year).map((k) => k.organisationId))];
        const rows = await prisma.volunteerHours.findMany({
          where: {
            organisationId: { in: organisationIds },
            prisonId,
            date: { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) },
          },
          select: { organisationId: true, hours: true },
        });
        for (const organisationId of organisationIds) {
          sums.set(keyOf({ organisationId, prisonId, year }), totalHours(rows.filter((row) => row.organisationId === organisationId)));
        }
      }
      return keys.map((k) => sums.get(keyOf(k)) ?? 0);
    },
    { cacheKeyFn: keyOf },
  ),
});
