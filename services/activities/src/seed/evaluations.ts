import type { Prisma } from '../generated/prisma/client';
import { recordActivityEvent } from '../modules/activity/activity.events';
import { recordEvaluated, recordNextEdition } from '../modules/evaluation/evaluation.events';
import { insertEdition, wishIdsOf } from '../modules/evaluation/evaluation.repository';
import { recordWishesLinked } from '../modules/needs-assessment/needs-assessment.events';
import { setActivityWishes } from '../modules/needs-assessment/needs-assessment.repository';

const DAY = 86_400_000;
const COORDINATOR = 'demo-coordinator';

/**
 * The demo's evaluations, as the coordinators would have made them: every demo activity runs until eight
 * weeks ahead, so two of HAREN's published activities (more than half-way) are evaluated: the first
 * ADJUST, with its next edition planned as a draft after its end, the second STOP.
 */
export async function seedEvaluations(tx: Prisma.TransactionClient, today: Date) {
  const ran = await tx.activity.findMany({ where: { prisonId: 'HAREN', status: 'PUBLISHED' }, orderBy: { id: 'asc' }, take: 2 });
  for (const [index, activity] of ran.entries()) {
    const adjust = index === 0;
    const evaluation = await tx.evaluation.create({
      data: {
        activityId: activity.id,
        objectives: (activity.objectives.length ? activity.objectives : ['Deelnemers haken niet af']).map((objective, i) => ({
          objective,
          result: adjust ? (i === 0 ? 'MET' : 'PARTLY_MET') : 'NOT_MET',
          comment: null,
        })),
        worked: adjust ? 'Vaste groep, goede sfeer.' : null,
        adjustments: adjust ? 'Kortere sessies en meer oefenmomenten.' : 'Geen lesgever meer beschikbaar.',
        decision: adjust ? 'ADJUST' : 'STOP',
        evaluatedBy: COORDINATOR,
        evaluatedAt: new Date(today.getTime() - 2 * DAY),
      },
    });
    await recordEvaluated(tx, evaluation, activity.prisonId);
    if (!adjust) continue;
    const { id: _id, createdAt: _c, updatedAt: _u, publishedAt: _p, statusReason: _r, ...copied } = activity;
    const next = await tx.activity.create({
      data: {
        ...copied,
        status: 'DRAFT',
        startsOn: new Date(activity.endsOn.getTime() + 28 * DAY),
        endsOn: new Date(activity.endsOn.getTime() + 28 * DAY + 84 * DAY),
      },
    });
    await recordActivityEvent(tx, 'ActivityCreated', next);
    const wishIds = await wishIdsOf(tx, activity.id);
    if (wishIds.length) {
      await setActivityWishes(tx, next.id, wishIds);
      await recordWishesLinked(tx, next.id, next.prisonId, wishIds);
    }
    await insertEdition(tx, activity.id, next.id);
    await recordNextEdition(tx, next.id, activity.id, next.prisonId);
  }
}
