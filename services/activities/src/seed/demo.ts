import { belgianDay, calendarDate, fromCalendarDate, isoWeekday } from '@cort/common';
import type { PrismaClient } from '../generated/prisma/client';
import { expandWeeklyRule, type Weekday } from '../domain/schedule';
import { recordActivityEvent } from '../modules/activity/activity.events';
import { recordCancellations, recordSessionEvents } from '../modules/session/session.events';
import { cancelSessionsInWindow, markSessionsHeld } from '../modules/session/session.repository';
import { CATALOGUE, templateTexts } from './catalogue';
import { AGREEMENT_LAPSING, PARTNERS, SUSPENDED_VOLUNTEER } from './partners';
import { seedEvaluations } from './evaluations';
import { seedNeeds } from './needs';
import { DEMO_PRISONS as PRISONS } from './prisons';

const WEEKDAYS: Weekday[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'];
const SLOTS = [
  { startTime: '09:00', endTime: '11:30' },
  { startTime: '13:30', endTime: '16:00' },
];
const DAY = 86_400_000;
// Today's UTC calendar date, as a @db.Date value.
const dateOnly = (date: Date) => fromCalendarDate(calendarDate(date));

// The first activity (HAREN) meets every day, late afternoon, so the mobile day view always has a session
// for its organisation's staff and facilitator; see the README for their tokens.
const DAILY = { weekdays: [...WEEKDAYS, 'SATURDAY', 'SUNDAY'] as Weekday[], startTime: '16:30', endTime: '18:00' };

// Lockdown days in HAREN, about so many days before today (the weekday on or before it, when most
// sessions run): every session of the prison that day did not take place.
const LOCKDOWN_PRISON = 'HAREN';
const LOCKDOWN_DAYS_AGO = [36, 22, 21];

function weekdayBefore(today: Date, daysAgo: number): string {
  let day = calendarDate(new Date(today.getTime() - daysAgo * DAY));
  while (isoWeekday(day) > 5) day = calendarDate(new Date(fromCalendarDate(day).getTime() - DAY));
  return day;
}
const LOCKDOWN = { reason: 'Lockdown: de gevangenis was de hele dag afgesloten.', reasonCode: 'LOCKDOWN' as const };

// The demo's statuses by index (one archived, one cancelled, a few drafts), checked by a test so each really occurs.
const CANCELLED_INDEX = 17;
const isDraft = (index: number) => index % 9 === 4;
/**
 * HAREN activities that ran from seven weeks ago and have ended (by days ago, the latest first), so the
 * demo has activities to evaluate: the third was archived after its evaluation. Multiples of 5 are HAREN's.
 * They start a week after the rest of the offer, so lists ordered by start show the running ones first.
 */
const ENDED = [
  { index: 5, endedDaysAgo: 7, archived: false },
  { index: 10, endedDaysAgo: 14, archived: false },
  { index: 15, endedDaysAgo: 28, archived: true },
] as const;

function statusOf(index: number) {
  if (isDraft(index)) return 'DRAFT' as const;
  if (ENDED.some((e) => e.index === index && e.archived)) return 'ARCHIVED' as const;
  return index === CANCELLED_INDEX ? ('CANCELLED' as const) : ('PUBLISHED' as const);
}

const EVENT_OF_STATUS = {
  DRAFT: 'ActivityCreated',
  PUBLISHED: 'ActivityPublished',
  ARCHIVED: 'ActivityArchived',
  CANCELLED: 'ActivityCancelled',
} as const;

/**
 * Fills an empty offer with demo data (the prisons and rooms are already there): two activities per catalogue entry
 * (40), spread over the prisons, mostly published, a few drafts, one cancelled, running from eight weeks
 * ago to eight weeks ahead with weekly sessions, and three in HAREN that ran from seven weeks ago and have
 * ended (one of them archived, see ENDED): the past sessions held, but for a few lockdown
 * days in HAREN when they were cancelled (code LOCKDOWN), as a coordinator would have. One running activity is
 * co-facilitated by the volunteer the organisations demo suspends, so its coming sessions are at risk; one was
 * created and published with the agreement warning acknowledged. Writes the domain
 * events as a planner's changes would, so the participants and reporting services learn the offer from
 * the feed. Returns false when there was data already.
 */
// The whole demo offer is one transaction (all or nothing): far longer than Prisma's default 5 s on a busy machine.
const DEMO_TRANSACTION = { timeout: 120_000, maxWait: 30_000 };

export async function seedDemoData(prisma: PrismaClient, today = new Date()): Promise<boolean> {
  if ((await prisma.activity.count()) > 0) return false;
  await prisma.$transaction(async (tx) => {
    const rooms = await tx.location.findMany({ orderBy: { name: 'asc' } });
    const slotInPrison = new Map<string, number>();
    let suspendedPlaced = false;
    let acknowledgedPlaced = false;
    const from = new Date(dateOnly(today).getTime() - 56 * DAY);
    const to = new Date(dateOnly(today).getTime() + 56 * DAY);

    for (let index = 0; index < CATALOGUE.length * 2; index++) {
      const template = CATALOGUE[index % CATALOGUE.length];
      const prison = PRISONS[index % PRISONS.length];
      const partners = PARTNERS.filter((p) => p.prisons.includes(prison.id));
      const partner = partners.find((p) => p.domains.includes(template.domain)) ?? partners[index % Math.max(partners.length, 1)];
      const status = statusOf(index);
      const ended = ENDED.find((e) => e.index === index);
      const coFacilitatedBySuspended =
        !suspendedPlaced && partner?.id === SUSPENDED_VOLUNTEER.organisationId && status === 'PUBLISHED' && !ended;
      if (coFacilitatedBySuspended) suspendedPlaced = true;
      const period = ended
        ? { from: new Date(from.getTime() + 7 * DAY), to: new Date(dateOnly(today).getTime() - ended.endedDaysAgo * DAY) }
        : { from, to };
      const activity = await tx.activity.create({
        data: {
          prisonId: prison.id,
          organisationId: partner?.id ?? '00000000-0000-4000-8000-000000000000',
          category: template.category,
          domain: template.domain,
          ...templateTexts(template),
          genders: index % 7 === 3 ? ['FEMALE'] : ['MALE', 'FEMALE'],
          legalStatuses: index % 5 === 2 ? ['CONVICTED'] : ['SUSPECT', 'CONVICTED', 'INTERNED'],
          instructionLanguages: template.languages,
          capacity: template.capacity,
          screeningRequired: template.screeningRequired ?? false,
          securityAdviceRequired: template.securityAdviceRequired ?? false,
          facilitatorIds: [
            ...(partner?.facilitatorIds.slice(0, 1) ?? []),
            ...(coFacilitatedBySuspended ? [SUSPENDED_VOLUNTEER.personId] : []),
          ],
          startsOn: period.from,
          endsOn: period.to,
          status,
          statusReason: status === 'CANCELLED' ? 'De lesgever is niet meer beschikbaar.' : null,
          publishedAt: status === 'DRAFT' ? null : today,
        },
      });
      await recordActivityEvent(tx, EVENT_OF_STATUS[status], activity);
      const { organisationId, prisonId } = AGREEMENT_LAPSING;
      if (!acknowledgedPlaced && activity.organisationId === organisationId && prisonId === prison.id && status === 'PUBLISHED' && !ended) {
        acknowledgedPlaced = true;
        // As the coordinator acknowledged the warning when creating it, then again when publishing it.
        const warnings = ['NO_CURRENT_AGREEMENT' as const];
        await tx.activityAcknowledgement.createMany({
          data: (['DRAFT', 'PUBLISHED'] as const).map((step) => ({ activityId: activity.id, status: step, warnings, by: 'demo' })),
        });
      }
      // A cancelled activity never ran; an archived one ran to its end first.
      if (status === 'CANCELLED') continue;
      // Each activity of a prison gets its own weekday and half-day, so no room is ever double-booked.
      const slot = index === 0 ? 0 : (slotInPrison.get(prison.id) ?? 0);
      if (index !== 0) slotInPrison.set(prison.id, slot + 1);
      const prisonRooms = rooms.filter((room) => room.prisonId === prison.id);
      const planned = expandWeeklyRule({
        ...(index === 0
          ? DAILY
          : { weekdays: [WEEKDAYS[slot % WEEKDAYS.length]], ...SLOTS[Math.floor(slot / WEEKDAYS.length) % SLOTS.length] }),
        ...period,
        locationId: prisonRooms[slot % prisonRooms.length].id,
      });
      const sessions = await tx.session.createManyAndReturn({ data: planned.map((session) => ({ ...session, activityId: activity.id })) });
      await recordSessionEvents(tx, 'SessionScheduled', sessions);
    }
    // As the coordinator entered each lockdown that morning, then as the background sweep held the rest.
    for (const daysAgo of LOCKDOWN_DAYS_AGO) {
      const day = belgianDay(weekdayBefore(today, daysAgo));
      await recordCancellations(tx, await cancelSessionsInWindow(tx, { prisonId: LOCKDOWN_PRISON, ...day }, LOCKDOWN, day.from));
    }
    await recordSessionEvents(tx, 'SessionHeld', await markSessionsHeld(tx, today, 1_000_000));
    await seedNeeds(tx, today);
    await seedEvaluations(tx, today);
  }, DEMO_TRANSACTION);
  return true;
}
