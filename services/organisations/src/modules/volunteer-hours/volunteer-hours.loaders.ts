import { belgianYear } from '@cort/common';
import DataLoader from 'dataloader';
import type { PrismaClient } from '../../generated/prisma/client';
import { hoursBySource, type HoursBySource } from '../../domain/volunteer-hours';
import { heldSessionsOfVolunteers } from './facilitated-sessions.repository';

export interface HoursKey {
  organisationId: string;
  prisonId: string;
  year: number;
}
const keyOf = (k: HoursKey) => `${k.organisationId}:${k.prisonId}:${k.year}`;

/** The hours recorded by hand and the held sessions facilitated, for some organisations in a prison in a year: two statements. */
async function hoursOfYear(prisma: PrismaClient, prisonId: string, year: number, organisationIds: string[]) {
  const [recorded, sessions] = await Promise.all([
    prisma.volunteerHours.findMany({
      where: {
        organisationId: { in: organisationIds },
        prisonId,
        date: { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) },
      },
      select: { organisationId: true, hours: true },
    }),
    // A session belongs to the Brussels year it started in.
    heldSessionsOfVolunteers(prisma, prisonId, belgianYear(year).from, belgianYear(year).to, organisationIds),
  ]);
  return new Map(
    organisationIds.map((organisationId) => [
      organisationId,
      hoursBySource(
        sessions.filter((row) => row.organisationId === organisationId),
        recorded.filter((row) => row.organisationId === organisationId),
      ),
    ]),
  );
}

/**
 * The hours' per-request loader: the hours an organisation's people gave in a prison in a year, by
 * source. Two statements per prison and year asked for (a page asks for one), whatever the number of
 * organisations.
 */
export const volunteerHoursLoaders = (prisma: PrismaClient) => ({
  volunteerHoursOf: new DataLoader(
    async (keys: readonly HoursKey[]): Promise<HoursBySource[]> => {
      const sums = new Map<string, HoursBySource>();
      const windows = new Map(keys.map((k) => [`${k.prisonId}:${k.year}`, { prisonId: k.prisonId, year: k.year }]));
      for (const { prisonId, year } of windows.values()) {
        const organisationIds = [...new Set(keys.filter((k) => k.prisonId === prisonId && k.year === year).map((k) => k.organisationId))];
        const hours = await hoursOfYear(prisma, prisonId, year, organisationIds);
        for (const [organisationId, h] of hours) sums.set(keyOf({ organisationId, prisonId, year }), h);
      }
      return keys.map((k) => sums.get(keyOf(k)) ?? { facilitated: 0, recorded: 0, total: 0 });
    },
    { cacheKeyFn: keyOf },
  ),
});
