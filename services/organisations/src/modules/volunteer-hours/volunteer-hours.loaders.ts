import { belgianYear } from '@cort/common';
import DataLoader from 'dataloader';
import type { PrismaClient } from '../../generated/prisma/client';
import { hoursBySource, type HoursBySource } from '../../domain/volunteer-hours';
import { heldSessionsOfVolunteers } from './facilitated-sessions.repository';

/** Whose hours in a prison in a year: an organisation's people, or one person of it (`personId`). */
export interface HoursKey {
  organisationId: string;
  personId?: string;
  prisonId: string;
  year: number;
}
const keyOf = (k: HoursKey) => `${k.organisationId}:${k.personId ?? '*'}:${k.prisonId}:${k.year}`;

/** The hours recorded by hand and the held sessions facilitated, by person, for some organisations in a prison in a year: two statements. */
async function hoursOfYear(prisma: PrismaClient, prisonId: string, year: number, organisationIds: string[]) {
  return Promise.all([
    prisma.volunteerHours.findMany({
      where: {
        organisationId: { in: organisationIds },
        prisonId,
        date: { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) },
      },
      select: { organisationId: true, personId: true, hours: true },
    }),
    // A session belongs to the Brussels year it started in.
    heldSessionsOfVolunteers(prisma, prisonId, belgianYear(year).from, belgianYear(year).to, organisationIds),
  ]);
}

/**
 * The hours' per-request loader: the hours an organisation's people (or one of them) gave in a prison in a
 * year, by source. Two statements per prison and year asked for (a page asks for one), whatever the
 * number of organisations and people.
 */
export const volunteerHoursLoaders = (prisma: PrismaClient) => ({
  volunteerHoursOf: new DataLoader(
    async (keys: readonly HoursKey[]): Promise<HoursBySource[]> => {
      const sums = new Map<string, HoursBySource>();
      const windows = new Map(keys.map((k) => [`${k.prisonId}:${k.year}`, { prisonId: k.prisonId, year: k.year }]));
      for (const { prisonId, year } of windows.values()) {
        const asked = keys.filter((k) => k.prisonId === prisonId && k.year === year);
        const [recorded, sessions] = await hoursOfYear(prisma, prisonId, year, [...new Set(asked.map((k) => k.organisationId))]);
        for (const key of asked) {
          const whose = (row: { organisationId: string; personId: string }) =>
            row.organisationId === key.organisationId && (key.personId === undefined || row.personId === key.personId);
          sums.set(keyOf(key), hoursBySource(sessions.filter(whose), recorded.filter(whose)));
        }
      }
      return keys.map((k) => sums.get(keyOf(k))!);
    },
    { cacheKeyFn: keyOf },
  ),
});
