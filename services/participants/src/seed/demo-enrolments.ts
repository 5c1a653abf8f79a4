import { belgianDate, fromCalendarDate } from '@cort/common';
import type { ActivityView, Participant, PrismaClient } from '../generated/prisma/client';
import { enrolmentRefusal } from '../domain/eligibility';
import { REQUESTERS } from '../domain/enrolment-request';
import { lockActivity } from '../modules/enrolment/enrolment.repository';
import { approveScreening, moveAndRebalance, placeRequest } from '../modules/enrolment/placement.service';

const DEMO = 'demo';

/** The Belgian calendar day `days` before `today`. */
const dayBefore = (today: Date, days: number) => belgianDate(new Date(today.getTime() - days * 86_400_000));

/** Everyone eligible for the activity, starting at a different place per activity so lists differ. */
function candidates(participants: Participant[], activity: ActivityView, offset: number, today: Date) {
  const eligible = participants.filter((p) => !enrolmentRefusal(p, activity, today));
  const start = eligible.length ? offset % eligible.length : 0;
  return [...eligible.slice(start), ...eligible.slice(0, start)];
}

/**
 * Demo enrolments, once the demo offer has arrived from the activities feed (it cannot be seeded before:
 * this service learns activities only from there). Through the same steps as a coordinator's
 * requests, so every enrolment has its history and its events: full activities with a waiting list,
 * screenings decided, a withdrawal and a dropout that promoted the head of the list. Does nothing when
 * there are enrolments already or no published activity yet; returns how many it made.
 */
export async function seedDemoEnrolments(prisma: PrismaClient, today = new Date()): Promise<number> {
  if ((await prisma.enrolment.count()) > 0) return 0;
  const activities = await prisma.activityView.findMany({ where: { status: 'PUBLISHED' }, orderBy: [{ prisonId: 'asc' }, { id: 'asc' }] });
  if (!activities.length) return 0;
  const participants = await prisma.participant.findMany({ where: { status: 'IN_CUSTODY' }, orderBy: { detaineeNumber: 'asc' } });
  let made = 0;
  for (const [index, activity] of activities.entries()) {
    // Every third activity is over-asked: its waiting list has a few people.
    const wanted = activity.capacity + (index % 3 === 0 ? 4 : -2);
    // An activity that has ended took its requests while it ran: eligible as on its last day.
    const asOf = activity.endsOn < today ? activity.endsOn : today;
    const chosen = candidates(participants, activity, index * 7, asOf).slice(0, Math.max(wanted, 0));
    await prisma.$transaction(async (tx) => {
      await lockActivity(tx, activity.id);
      const placed = [];
      for (const [n, participant] of chosen.entries()) {
        const key = `demo:${activity.id}:${participant.id}`;
        // Requests from everyone who asks in a prison, made over the last fortnight.
        const request = { participantId: participant.id, idempotencyKey: key, note: null };
        const asked = {
          requester: REQUESTERS[(index + n) % REQUESTERS.length],
          requestedOn: fromCalendarDate(dayBefore(today, (n * 3) % 14)),
        };
        placed.push(await placeRequest(tx, activity, { ...request, ...asked, by: DEMO }));
      }
      made += placed.length;
      for (const [n, enrolment] of placed.entries()) {
        if (enrolment.status === 'IN_SCREENING' && n % 4 !== 3)
          await approveScreening(tx, enrolment, activity, DEMO, 'Screening positief.');
      }
      const enrolled = placed.filter((e) => e.status === 'ENROLLED');
      if (index % 4 === 1 && enrolled[0])
        await moveAndRebalance(tx, enrolled[0], activity, 'DROPPED_OUT', DEMO, 'Kwam drie keer niet opdagen.');
      if (index % 4 === 2 && enrolled[1]) await moveAndRebalance(tx, enrolled[1], activity, 'WITHDRAWN', DEMO, 'Heeft werk in de keuken.');
    });
  }
  return made;
}
