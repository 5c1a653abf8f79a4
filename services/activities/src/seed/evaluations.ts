import type { Prisma } from '../generated/prisma/client';
import { recordActivityEvent } from '../modules/activity/activity.events';
import { recordEvaluated, recordNextEdition } from '../modules/evaluation/evaluation.events';
import { insertEdition, wishIdsOf } from '../modules/evaluation/evaluation.repository';
import { recordWishesLinked } from '../modules/needs-assessment/needs-assessment.events';
import { setActivityWishes } from '../modules/needs-assessment/needs-assessment.repository';

const DAY = 86_400_000;
const COORDINATOR = 'demo-coordinator';

// The decisions, the activity that ended last first: adjusted (its next edition planned), stopped, continued.
const DECISIONS = ['ADJUST', 'STOP', 'CONTINUE'] as const;

/**
 * The demo's evaluations, as the coordinators would have made them two days ago: every activity that
 * has ended (see ENDED in demo.ts) is evaluated; the first ADJUST, with its next edition planned as a
 * draft after its end, the second STOP, the third (since archived) CONTINUE.
 */
export async function seedEvaluations(tx: Prisma.TransactionClient, today: Date) {
  const ran = await tx.activity.findMany({
    where: { endsOn: { lt: today }, status: { in: ['PUBLISHED', 'ARCHIVED'] } },
    orderBy: [{ endsOn: 'desc' }, { id: 'asc' }],
  });
  for (const [index, activity] of ran.entries()) {
    const decision = DECISIONS[index % DECISIONS.length];
    const adjust = decision === 'ADJUST';
    const stop = decision === 'STOP';
    const evaluation = await tx.evaluation.create({
      data: {
        activityId: activity.id,
        objectives: (activity.objectives.length ? activity.objectives : ['Deelnemers haken niet af']).map((objective, i) => ({
          objective,
          result: stop ? 'NOT_MET' : i === 0 ? 'MET' : 'PARTLY_MET',
          comment: null,
        })),
        worked: stop ? null : 'Vaste groep, goede sfeer.',
        adjustments: adjust ? 'Kortere sessies en meer oefenmomenten.' : stop ? 'Geen lesgever meer beschikbaar.' : null,
        decision,
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
