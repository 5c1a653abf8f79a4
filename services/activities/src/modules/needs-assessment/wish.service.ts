import { badUserInput } from '@cort/subgraph';
import type { Context } from '../../context';
import type { Prisma } from '../../generated/prisma/client';
import { byUrgency, isAnswered, overviewSince } from '../../domain/needs-overview';
import { recordWishesLinked } from './needs-assessment.events';
import { answersOfWishes, setActivityWishes, wishesByIds, wishesOfPrisonSince } from './needs-assessment.repository';
import { prisonToday } from './needs-assessment.service';
import type { NeedsOverviewEntry } from './needs-assessment.type';

/**
 * The needs → offer loop of one prison: every wish of its assessments that ended in the last two years,
 * with the activities created or adjusted in answer, unanswered wishes first and the most asked for
 * first. Two statements, however many wishes and activities.
 */
export async function needsOverview(ctx: Context, prisonId: string): Promise<NeedsOverviewEntry[]> {
  const wishes = await wishesOfPrisonSince(ctx.prisma, prisonId, overviewSince(prisonToday()));
  const links = wishes.length
    ? await answersOfWishes(
        ctx.prisma,
        wishes.map((w) => w.id),
      )
    : [];
  const entries = wishes.map(({ assessment, ...wish }) => {
    ctx.loaders.needsAssessment.prime(assessment.id, assessment);
    const activities = links.filter((link) => link.wishId === wish.id).map((link) => link.activity);
    return { wish, activities, answered: isAnswered(activities), key: { ...wish, conductedUntil: assessment.conductedUntil } };
  });
  return entries
    .sort((a, b) => byUrgency({ ...a.key, answered: a.answered }, { ...b.key, answered: b.answered }))
    .map(({ wish, activities, answered }) => ({ wish, activities, answered }));
}

/**
 * The wishes an activity of a prison is to answer: each must be a wish of a needs assessment of that
 * prison (BAD_USER_INPUT naming answersWishIds otherwise). Returns them without duplicates.
 */
export async function wishesToAnswer(ctx: Context, prisonId: string, ids: readonly string[] | null | undefined): Promise<string[] | null> {
  if (!ids) return null;
  const unique = [...new Set(ids)];
  const found = new Map((await wishesByIds(ctx.prisma, unique)).map((w) => [w.id, w.assessment.prisonId]));
  const wrong = unique.find((id) => found.get(id) !== prisonId);
  if (wrong) throw badUserInput(`Wish ${wrong} is not a wish of a needs assessment of prison ${prisonId}.`, 'answersWishIds');
  return unique;
}

/** Makes the activity answer exactly these wishes and says so on the feed, in the caller's transaction. */
export async function answerWishes(tx: Prisma.TransactionClient, activity: { id: string; prisonId: string }, wishIds: string[] | null) {
  if (!wishIds) return;
  await setActivityWishes(tx, activity.id, wishIds);
  await recordWishesLinked(tx, activity.id, activity.prisonId, wishIds);
}
