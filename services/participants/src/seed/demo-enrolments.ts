import type { ActivityView, Participant, PrismaClient } from '../generated/prisma/client';
import { enrolmentRefusal } from '../domain/eligibility';
import { lockActivity } from '../modules/enrolment/enrolment.repository';
import { approveScreening, moveAndRebalance, placeRequest } from '../modules/enrolment/placement.service';

const DEMO = 'demo';

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
    const chosen = candidates(participants, activity, index * 7, today).slice(0, Math.max(wanted, 0));
    await prisma.$transaction(async (tx) => {
      await lockActivity(tx, activity.id);
      const placed = [];
      for (const participant of chosen) {
        const key = `demo:${activity.id}:${participant.id}`;
        placed.push(
          await placeRequest(tx, activity, { participantId: participant.id, idempotencyKey: key, requestedBy: DEMO, note: null }, DEMO),
        );
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
