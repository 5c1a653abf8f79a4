import { belgianDay, calendarDate, fromCalendarDate, isoWeekday } from '@cort/common';
import type { PrismaClient } from '../generated/prisma/client';
import { expandWeeklyRule, type Weekday } from '../domain/schedule';
import { recordActivityEvent } from '../modules/activity/activity.events';
import { recordCancellations, recordSessionEvents } from '../modules/session/session.events';
import { cancelSessionsInWindow, markSessionsHeld } from '../modules/session/session.repository';
import { CATALOGUE, templateTexts } from './catalogue';
import { PARTNERS } from './partners';

/** A draw in [0, 1): the simulation's seeded generator, so the same seed makes the same offer. */
export type Draw = () => number;

export interface SimulatedOffer {
  prisonId: string;
  year: number;
  activities: number;
  /** Sessions end before this instant are held (the year so far, or all of a past year). */
  heldBefore: Date;
  draw: Draw;
}

// Each room holds four activities a week without overlap: two weekday pairs, morning and afternoon.
const PAIRS: Weekday[][] = [
  ['MONDAY', 'THURSDAY'],
  ['TUESDAY', 'FRIDAY'],
];
const SLOTS = [
  { startTime: '09:00', endTime: '11:00' },
  { startTime: '13:30', endTime: '15:30' },
];
const PER_ROOM = PAIRS.length * SLOTS.length;
const CANCELLATIONS = [
  { reasonCode: 'LOCKDOWN' as const, reason: 'Lockdown: de gevangenis was de hele dag afgesloten.' },
  { reasonCode: 'STRIKE' as const, reason: 'Staking van het personeel.' },
];
// The organisation of an activity whose prison has no demo partner in its domain.
const NO_PARTNER = '00000000-0000-4000-8000-000000000000';

/**
 * One prison's year of offer for `npm run simulate`, written as planners' changes would be: published
 * activities running the whole year twice a week, each in a room of its own slot (rooms named
 * "Simulatielokaal n" are added where the prison has too few), a few days on which every session of the
 * prison was cancelled (lockdown, strike), and every other session that ended before `heldBefore` held;
 * each with its domain events, so the participants and reporting services learn the offer from the feed.
 * Returns how many activities and sessions it wrote.
 */
export async function simulateOffer(prisma: PrismaClient, offer: SimulatedOffer): Promise<{ activities: number; sessions: number }> {
  const { prisonId, year, draw } = offer;
  const from = fromCalendarDate(`${year}-01-01`);
  const to = fromCalendarDate(`${year}-12-31`);
  const names = Array.from({ length: Math.ceil(offer.activities / PER_ROOM) }, (_, n) => ({ prisonId, name: `Simulatielokaal ${n + 1}` }));
  await prisma.location.createMany({ data: names, skipDuplicates: true });
  const rooms = await prisma.location.findMany({ where: { prisonId, name: { startsWith: 'Simulatielokaal' } }, orderBy: { name: 'asc' } });
  const byName = new Map(rooms.map((room) => [room.name, room]));
  const partners = PARTNERS.filter((p) => p.prisons.includes(prisonId));
  let sessions = 0;
  await prisma.$transaction(
    async (tx) => {
      for (let index = 0; index < offer.activities; index++) {
        const template = CATALOGUE[Math.floor(draw() * CATALOGUE.length)];
        const partner = partners.find((p) => p.domains.includes(template.domain));
        const activity = await tx.activity.create({
          data: {
            prisonId,
            organisationId: partner?.id ?? NO_PARTNER,
            category: template.category,
            domain: template.domain,
            ...templateTexts(template),
            genders: ['MALE', 'FEMALE'],
            legalStatuses: ['SUSPECT', 'CONVICTED', 'INTERNED'],
            instructionLanguages: template.languages,
            capacity: 12 + Math.floor(draw() * 5),
            facilitatorIds: partner?.facilitatorIds.slice(0, 1) ?? [],
            startsOn: from,
            endsOn: to,
            status: 'PUBLISHED',
            publishedAt: from,
          },
        });
        await recordActivityEvent(tx, 'ActivityPublished', activity);
        const slot = index % PER_ROOM;
        const room = byName.get(`Simulatielokaal ${Math.floor(index / PER_ROOM) + 1}`)!;
        const planned = expandWeeklyRule({
          weekdays: PAIRS[slot % PAIRS.length],
          ...SLOTS[Math.floor(slot / PAIRS.length)],
          from,
          to,
          locationId: room.id,
        });
        const made = await tx.session.createManyAndReturn({ data: planned.map((session) => ({ ...session, activityId: activity.id })) });
        await recordSessionEvents(tx, 'SessionScheduled', made);
        sessions += made.length;
      }
      // Two or three weekdays of the year on which the prison could not hold any session.
      const closed = 2 + Math.floor(draw() * 2);
      for (let n = 0; n < closed; n++) {
        let day = calendarDate(new Date(from.getTime() + Math.floor(draw() * 360) * 86_400_000));
        while (isoWeekday(day) > 5) day = calendarDate(new Date(fromCalendarDate(day).getTime() + 86_400_000));
        const window = { prisonId, ...belgianDay(day) };
        await recordCancellations(tx, await cancelSessionsInWindow(tx, window, CANCELLATIONS[n % CANCELLATIONS.length], window.from));
      }
      await recordSessionEvents(tx, 'SessionHeld', await markSessionsHeld(tx, offer.heldBefore, 1_000_000));
    },
    { timeout: 600_000, maxWait: 60_000 },
  );
  return { activities: offer.activities, sessions };
}
